"""Figures of the load model from Gatling's HTML report (Gatling 3.14 writes no stats.json), for load-test.sh.

  report.py line VARIANT MODE RATE REPORT_DIR ERP_REQUESTS CPU_TICKS HEAP LEVELS_TSV  -> one run's lines
  report.py summary LEVELS_TSV                                                      -> sustainable rates, ratios
"""
import collections
import re
import sys

# Gatling's statistics table, one row per page kind after "All Requests"; columns by number
TOTAL, KO, PER_SECOND, P50, P95, P99 = 2, 4, 6, 8, 10, 11


def statistics(report_dir):
    html = open(report_dir + "/index.html").read()
    rows = []
    for row in re.findall(r'<tr id="[^"]*"[^>]*>(.*?)</tr>', html, re.S):
        name = re.search(r'class="ellipsed-name">([^<]*)<', row)
        cells = re.findall(r'<td class="value [a-z]+ col-(\d+)">([^<]*)<', row)
        if name and cells:
            rows.append((name.group(1), {int(col): value for col, value in cells}))
    errors = [e.strip() for e in re.findall(r'<td class="error-col-1 total ko">([^<]*)<', html)]
    return rows, errors


def line(variant, mode, rate, report_dir, erp, ticks, heap, levels):
    rows, errors = statistics(report_dir)
    (_, total), kinds = rows[0], rows[1:]
    pages, ko, per_second = int(total[TOTAL]), int(total[KO]), float(total[PER_SECOND])
    cpu_ms = int(ticks) * 10 / pages if pages else 0  # clock ticks of 10 ms
    erp_per_view = int(erp) / pages if pages else 0
    print(f"{variant:7} {mode:9} {float(rate):4.1f} buyers/s  {per_second:6.1f} pages/s"
          f"  p50/p95/p99 {total[P50]}/{total[P95]}/{total[P99]} ms  errors {ko}"
          f"  ERP req/view {erp_per_view:.3f}  CPU {cpu_ms:.1f} ms/page  heap after GC {heap} MB")
    print("    per page p50/p95/p99 ms: " + "; ".join(f"{n} {c[P50]}/{c[P95]}/{c[P99]}" for n, c in kinds))
    for error in errors:
        print("    error: " + error)
    with open(levels, "a") as out:
        out.write(f"{variant}\t{mode}\t{per_second:.1f}\t{total[P95]}\t{ko}\t{cpu_ms:.2f}\n")


def summary(levels):
    best = collections.OrderedDict()
    for row in open(levels):
        variant, mode, per_second, p95, ko, cpu = row.rstrip("\n").split("\t")
        best.setdefault((variant, mode), (0.0, None))
        if int(p95) <= 100 and int(ko) == 0 and float(per_second) > best[(variant, mode)][0]:
            best[(variant, mode)] = (float(per_second), float(cpu))
    print("sustainable page rate (p95 <= 100 ms, no errors):")
    for (variant, mode), (per_second, cpu) in best.items():
        there = f"  CPU {cpu:.1f} ms/page there" if cpu is not None else "  (no rate tried met it)"
        print(f"  {variant:7} {mode:9} {per_second:6.1f} pages/s{there}")

    def ratio(a, b):
        return f"{best[a][0] / best[b][0]:.1f}x" if a in best and b in best and best[b][0] else "n/a"

    for variant in dict.fromkeys(v for v, _ in best):
        print(f"  {variant}: cached / ERP-first {ratio((variant, 'cached'), (variant, 'erp-first'))}")
    for mode in dict.fromkeys(m for _, m in best):
        if ("before", mode) in best:
            print(f"  {mode}: after / before {ratio(('after', mode), ('before', mode))}")


if __name__ == "__main__":
    {"line": line, "summary": summary}[sys.argv[1]](*sys.argv[2:])
