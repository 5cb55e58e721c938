#!/usr/bin/env python3
"""Writes a contacts CSV for the import benchmark: phone,name,patronymic,amountDue,dueDate.
Usage: generate.py ROWS FILE. Every phone is a distinct, valid US number (50 area codes x 20 exchanges x 1,000 lines per
million rows); names repeat from small lists; amounts have two decimals; dates are ISO. Deterministic (seeded)."""
import random
import sys

AREA_CODES = [201, 202, 203, 205, 206, 207, 208, 209, 210, 212, 213, 214, 215, 216, 217, 218, 219, 220, 224, 225,
              228, 229, 231, 234, 239, 240, 248, 251, 252, 253, 254, 256, 260, 262, 267, 269, 270, 272, 276, 281,
              301, 302, 303, 304, 305, 307, 308, 309, 310, 312]
NAMES = ["Ann", "Bob", "Carla", "Dmitry", "Elena", "Frank", "Galina", "Hugo", "Irina", "James", "Ksenia", "Liam"]
PATRONYMICS = ["Ivanovna", "Petrovich", "Sergeevna", "Alexandrovich", "", "Nikolaevna"]


def main():
    rows, path = int(sys.argv[1]), sys.argv[2]
    random.seed(7)
    with open(path, "w", encoding="utf-8", newline="") as out:
        out.write("phone,name,patronymic,amountDue,dueDate\n")
        lines = []
        for i in range(rows):
            area = AREA_CODES[(i // 20000) % len(AREA_CODES)]
            exchange = 234 + (i // 1000) % 20
            line = i % 1000 + 1000 * ((i // 1000000) % 9)
            lines.append(f"+1{area}{exchange}{line:04d},{NAMES[i % len(NAMES)]},{PATRONYMICS[i % len(PATRONYMICS)]},"
                         f"{random.randint(100, 999999) / 100:.2f},2027-{1 + i % 12:02d}-{1 + i % 28:02d}\n")
            if len(lines) == 10000:
                out.writelines(lines)
                lines.clear()
        out.writelines(lines)


if __name__ == "__main__":
    main()
