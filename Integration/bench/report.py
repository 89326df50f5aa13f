"""Turns the benchmark's raw timings into the Markdown table recorded in RESULTS.md.

Each ratio is the median, over the rounds, of the reference's time divided by Nolan's in the same round (run.sh
times a command and its reference in turn within each round); the times shown are each command's median."""
import statistics
import sys

folder, rows, csv_bytes, xml_bytes = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])
t = {}
for line in open(folder + "/results.txt"):
    name, secs, rss = line.split()
    t[name] = (float(secs), int(rss))

def runs(name):
    return [float(line.split()[0]) for line in open("%s/runs-%s.txt" % (folder, name))]

def ratio(reference, nolan):
    return statistics.median(r / n for r, n in zip(runs(reference), runs(nolan)))

def rate(name, size):
    s = t[name][0]
    return "%.1f s, %.0f rows/s, %.1f MB/s" % (s, rows / s, size / s / 1e6)

print("| measure | Nolan | reference | ratio (reference time / Nolan time, median of the rounds) | target |")
print("| --- | --- | --- | --- | --- |")
print("| (a) CSV import, full validation | %s | sqlite3 .import: %s | %.3f× | ≥ 0.5× |" % (rate("import_nolan", csv_bytes), rate("import_sqlite3", csv_bytes), ratio("import_sqlite3", "import_nolan")))
print("| (a) CSV import, full validation | | Python csv + executemany: %s | %.3f× | ≥ 1× |" % (rate("import_python", csv_bytes), ratio("import_python", "import_nolan")))
print("| (b) XML import | %s | xmllint --stream --noout: %s | %.3f× | ≥ 0.5× |" % (rate("xml_nolan", xml_bytes), rate("xml_xmllint", xml_bytes), ratio("xml_xmllint", "xml_nolan")))
print("| (c) CSV export | %s | sqlite3 -csv: %s | %.3f× | ≥ 0.5× |" % (rate("export_nolan", csv_bytes), rate("export_sqlite3", csv_bytes), ratio("export_sqlite3", "export_nolan")))
print("| (d) peak RSS, CSV import | %d MB at %d rows; %d MB at %d rows | | | < 100 MB, flat |" % (t["import_nolan_tenth"][1] // 1024, rows // 10, t["import_nolan"][1] // 1024, rows))
print("| (d) peak RSS, XML import | %d MB | | | < 100 MB |" % (t["xml_nolan"][1] // 1024))
print("| (d) peak RSS, CSV export | %d MB | | | < 100 MB |" % (t["export_nolan"][1] // 1024))
print("")
print("Data: %d interests of 1,000 members; interests.csv %.1f MB, register.xml %.1f MB. Generating it with `nolan demo generate` took %.1f s." % (rows, csv_bytes / 1e6, xml_bytes / 1e6, t["generate"][0]))
