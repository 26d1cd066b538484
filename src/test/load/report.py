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
    runs = collections.OrderedDict()  # (variant, mode) -> [(pages/s, p95, errors, cpu)]
    for row in open(levels):
        variant, mode, per_second, p95, ko, cpu = row.rstrip("\n").split("\t")
        runs.setdefault((variant, mode), []).append((float(per_second), int(p95), int(ko), float(cpu)))

    def sustainable(key):
        met = [run for run in runs.get(key, []) if run[1] <= 100 and run[2] == 0]
        return max(met, default=None)

    def highest(key):
        return max(runs.get(key, []), default=None)

    print("per portal and mode: highest page rate reached (its p95), and the sustainable rate (p95 <= 100 ms, no errors)")
    for key in runs:
        top, ok = highest(key), sustainable(key)
        print(f"  {key[0]:7} {key[1]:9} highest {top[0]:6.1f} pages/s (p95 {top[1]} ms)   sustainable "
              + (f"{ok[0]:6.1f} pages/s (CPU {ok[3]:.1f} ms/page)" if ok else "none of the rates tried"))

    def ratio(a, b, pick):
        x, y = pick(a), pick(b)
        return f"{x[0] / y[0]:.1f}x" if x and y and y[0] else "n/a"

    for variant in dict.fromkeys(v for v, _ in runs):
        cached, first = (variant, "cached"), (variant, "erp-first")
        if cached in runs and first in runs:
            p95s = ", ".join(f"{c[1]} vs {f[1]} ms" for c, f in zip(runs[cached], runs[first]))
            print(f"  {variant}: cached / ERP-first: highest rate {ratio(cached, first, highest)}, sustainable"
                  f" {ratio(cached, first, sustainable)}; p95 cached vs ERP-first at the same arrival rates: {p95s}")
    for mode in dict.fromkeys(m for _, m in runs):
        before, after = ("before", mode), ("after", mode)
        if before in runs and after in runs:
            cpu = ", ".join(f"{b[3]:.1f} -> {a[3]:.1f}" for b, a in zip(runs[before], runs[after]))
            print(f"  {mode}: after / before: sustainable {ratio(after, before, sustainable)}, highest"
                  f" {ratio(after, before, highest)}; CPU ms/page at the same arrival rates: {cpu}")


if __name__ == "__main__":
    {"line": line, "summary": summary}[sys.argv[1]](*sys.argv[2:])
