"""Write tests/data/names51_gold.json (round names51) from the hand annotations below and check that every
name and post occurs verbatim in "title\\n\\ntext" of tests/data/names51.jsonl. Run from the worktree root."""
import json
from pathlib import Path

ARTICLES = Path("tests/data/names51.jsonl")
GOLD = Path("tests/data/names51_gold.json")

PERSONS: dict[str, list[tuple[str, list[str]]]] = {
    "21469026": [("Đặng Thị Bình", []), ("Nguyễn Thị Hồng Ngát", [])],
    "21512081": [("Tăng Tấn Thu", [])],
    "22642994": [("Trương Hòa Bình", ["Phó Thủ tướng"]), ("Võ Ngọc Thành", ["Chủ tịch tỉnh Gia Lai"])],
    "22673349": [("Lê Thanh Liêm", ["Phó chủ tịch thường trực UBND TP.HCM"])],
}


def main() -> None:
    out = []
    for line in ARTICLES.read_text(encoding="utf-8").splitlines():
        art = json.loads(line)
        aid = art["id"].removeprefix("baomoi-")
        full = art["title"] + "\n\n" + art["text"]
        persons = PERSONS.get(aid, [])
        for name, posts in persons:
            for s in [name, *posts]:
                assert s in full, (aid, s)
        out.append({"id": aid, "title": art["title"],
                    "persons": [{"name": n, "posts": p} for n, p in persons],
                    "organizations": [], "events": [], "awards": [], "appointments": [], "numbers": []})
    GOLD.write_text(json.dumps(out, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(len(out), "articles,", sum(len(o["persons"]) for o in out), "persons,",
          sum(len(p["posts"]) for o in out for p in o["persons"]), "pairs")


if __name__ == "__main__":
    main()
