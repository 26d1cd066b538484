"""Where a portal's CPU went, from a JFR recording of the load model: the share of execution samples by the
library (or the portal's own code) of the innermost frame outside the JDK, and the hottest portal methods.

  python3 src/test/load/hot.py target/load/current-cached-0.jfr
"""
import collections
import subprocess
import sys

AREAS = [("io.windowpane.", "portal"), ("org.thymeleaf.", "Thymeleaf"), ("ognl.", "Thymeleaf"),
         ("org.attoparser.", "Thymeleaf"), ("org.hibernate.", "Hibernate/JPA"),
         ("org.springframework.data.", "Spring Data"), ("org.springframework.orm.", "Hibernate/JPA"),
         ("org.springframework.security.", "Spring Security"), ("org.springframework.session.", "Spring Session"),
         ("org.postgresql.", "PostgreSQL driver"), ("com.zaxxer.hikari.", "Hikari"),
         ("org.springframework.expression.", "SpEL"), ("org.springframework.web.", "Spring MVC"),
         ("org.springframework.", "Spring other"), ("org.apache.catalina.", "Tomcat"), ("org.apache.coyote.", "Tomcat"),
         ("org.apache.tomcat.", "Tomcat"), ("com.github.benmanes.caffeine.", "Caffeine"),
         ("org.apache.lucene.", "Lucene"), ("tools.jackson.", "Jackson"), ("com.fasterxml.", "Jackson"),
         ("io.micrometer.", "Micrometer"), ("ch.qos.logback.", "Logging"), ("org.slf4j.", "Logging")]


def area(frame):
    return next((name for prefix, name in AREAS if frame.startswith(prefix)), None)


def main(path):
    out = subprocess.run(["jfr", "print", "--events", "jdk.ExecutionSample", "--stack-depth", "96", path],
                         capture_output=True, text=True, check=True).stdout
    by_area, by_portal_method, total = collections.Counter(), collections.Counter(), 0
    for event in out.split("jdk.ExecutionSample")[1:]:
        frames = [line.strip().split("(")[0] for line in event.splitlines() if "line:" in line]
        if not frames:
            continue
        total += 1
        if any(f.startswith("org.springframework.security.crypto.bcrypt.") for f in frames):
            by_area["password hashing (sign-in)"] += 1
            continue
        if any(f.startswith("io.windowpane.WindowpaneApplication.main") for f in frames):
            by_area["start-up"] += 1
            continue
        named = next((a for a in map(area, frames) if a), "JDK/other")
        by_area[named] += 1
        portal = next((f for f in frames if f.startswith("io.windowpane.") and "Filter.doFilter" not in f), None)
        if portal:
            by_portal_method[portal] += 1
    print(f"{total} samples; innermost library:")
    for name, count in by_area.most_common():
        print(f"  {100 * count / total:5.1f} %  {name}")
    print("portal methods on the stack (innermost portal frame; hashing and start-up left out):")
    for name, count in by_portal_method.most_common(15):
        print(f"  {100 * count / total:5.1f} %  {name}")


if __name__ == "__main__":
    main(sys.argv[1])
