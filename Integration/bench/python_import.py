"""The Python reference for the CSV import benchmark: csv.reader and sqlite3.executemany, no validation."""
import csv
import sqlite3
import sys

path, db = sys.argv[1], sys.argv[2]
with open(path, newline="", encoding="utf-8") as f:
    rows = csv.reader(f)
    header = next(rows)
    con = sqlite3.connect(db)
    con.execute("CREATE TABLE interests (%s)" % ", ".join('"%s" TEXT' % h for h in header))
    con.executemany("INSERT INTO interests VALUES (%s)" % ", ".join("?" * len(header)), rows)
    con.commit()
