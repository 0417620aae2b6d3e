#!/usr/bin/env python3
"""Where the CPU of the request threads goes, from a JDK Flight Recording.

    jfr print --events jdk.ExecutionSample --stack-depth 200 target/bench.jfr > target/samples.txt
    python3 src/test/bench/jfr-top.py target/samples.txt

Counts samples of Tomcat's request threads (http-nio-*-exec-*): the top frames (self time), and the share of
samples that pass through each of the places named in CATEGORIES (the innermost frame that matches one of them decides,
so the shares add up to 100 %).
"""
import collections
import re
import sys

CATEGORIES = [
    ("session: Spring Session JDBC", r"JdbcIndexedSessionRepository|QuietSessions"),
    ("must-change-password check", r"MustChangePasswordFilter"),
    ("actor re-read (CurrentActors)", r"CurrentActors\.load"),
    ("menu unread counts (NoticeMenu)", r"NoticeMenu|Notices.unread"),
    ("audit interceptor", r"com\.carenext\.audit\."),
    ("controller + query (handler)", r"com\.carenext\.(volunteer|audit|activity|patrol|publicity|report|plan)\.\w+(Pages|Api)\."),
    ("template: Thymeleaf", r"org\.thymeleaf\."),
    ("JSON: Jackson", r"tools\.jackson\."),
    ("Spring MVC (dispatch, binding, view resolution)", r"org\.springframework\.web\."),
    ("security filters", r"org\.springframework\.security\."),
    ("HTTP: Tomcat / NIO", r"org\.apache\.(coyote|tomcat)|sun\.nio"),
]


def samples(path):
    thread, stack = None, []
    with open(path, encoding="utf-8", errors="replace") as text:
        for line in text:
            line = line.rstrip()
            if line.startswith("jdk.ExecutionSample"):
                thread, stack = None, []
            elif "sampledThread" in line:
                match = re.search(r'"([^"]+)"', line)
                thread = match.group(1) if match else None
            elif line.strip().startswith("stackTrace"):
                pass
            elif re.match(r"^\s+[\w$.<>]+\(.*line:", line) or re.match(r"^\s+[\w$.<>/]+\(", line):
                stack.append(line.strip())
            elif line.strip() == "}" and thread is not None:
                if stack:
                    yield thread, stack
                thread, stack = None, []


def place(stack):
    for frame in stack:
        for name, pattern in CATEGORIES:
            if re.search(pattern, frame):
                return name
    return "other"


def main():
    top = collections.Counter()
    inclusive = collections.Counter()
    total = 0
    for thread, stack in samples(sys.argv[1]):
        if "-exec-" not in thread or any("UsernamePasswordAuthenticationFilter" in f for f in stack):
            continue  # not a request thread, or a sign-in through the form (the benchmark's set-up)
        total += 1
        top[re.sub(r"\s+line:.*", "", stack[0])] += 1
        # the innermost frame that names a place decides: JDBC called by CurrentActors counts as the actor,
        # a message lookup inside a template as the template, a filter's own code as that filter
        inclusive[place(stack)] += 1
    print(f"{total} samples of request threads")
    print("\nby place (innermost matching frame):")
    for name, _ in CATEGORIES + [("other", "")]:
        if inclusive[name]:
            print(f"  {100 * inclusive[name] / total:5.1f} %  {name}")
    print("\ntop frames (self):")
    for frame, count in top.most_common(25):
        print(f"  {100 * count / total:5.1f} %  {frame}")


if __name__ == "__main__":
    main()
