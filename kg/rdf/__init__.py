"""RDF at the edge: the ontology's namespaces, facts as RDF (emit), reading and writing files, SHACL."""
