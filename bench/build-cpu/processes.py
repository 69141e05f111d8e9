#!/usr/bin/env python3
# Part of bench/build-cpu (decision 0124): see README.md there.
"""Samples CPU (utime+stime, incl. reaped children's cutime/cstime not counted) of every descendant
of a root pid every second; prints CPU per process group (every 20 s and at the end). Usage: processes.py ROOTPID OUT"""
import os, sys, time, json
root = int(sys.argv[1]); out = sys.argv[2]
tck = os.sysconf('SC_CLK_TCK')
seen = {}  # pid -> [group, cpu_seconds, cmd]
def stat(pid):
    with open(f'/proc/{pid}/stat') as f: s = f.read()
    r = s.rfind(')'); fields = s[r+2:].split()
    return int(fields[1]), (int(fields[11]) + int(fields[12])) / tck  # ppid, utime+stime
def group(cmd):
    c = cmd
    if 'postgres' in c.split(' ')[0] or '/bin/postgres' in c: return 'postgres'
    if 'chromedriver' in c: return 'chromedriver'
    if 'chrom' in c.split(' ')[0]: return 'chromium'
    if 'vnu' in c: return 'vnu (Nu checker)'
    if 'node' in c.split(' ')[0]: return 'node'
    if 'surefire' in c or 'failsafe' in c: return 'test JVM (' + ('postgresql' if 'postgresql' in c else 'tier') + ')'
    if 'dateline.jar' in c or 'org.dateline' in c: return 'forked server/CLI JVM'
    if 'plexus-classworlds' in c or 'maven' in c.lower(): return 'maven'
    if 'javac' in c: return 'javac'
    return c.split(' ')[0][:40]
def dump():
    groups = {}
    counts = {}
    for p, (g, c, cmd) in seen.items():
        groups[g] = groups.get(g, 0) + c; counts[g] = counts.get(g, 0) + 1
    with open(out + '.tmp', 'w') as f:
        for g in sorted(groups, key=lambda g: -groups[g]):
            f.write(f'{groups[g]:9.1f} s  {counts[g]:4d} procs  {g}\n')
        f.write(f'{sum(groups.values()):9.1f} s  total\n\n')
        for p, (g, c, cmd) in sorted(seen.items(), key=lambda x: -x[1][1])[:60]:
            f.write(f'{c:8.1f} {p} {g} :: {cmd[:250]}\n')
    os.replace(out + '.tmp', out)
while True:
    try:
        pids = [int(p) for p in os.listdir('/proc') if p.isdigit()]
    except Exception: continue
    parent = {}
    cpu = {}
    for p in pids:
        try: pp, c = stat(p); parent[p] = pp; cpu[p] = c
        except Exception: pass
    if root not in parent: break
    for p in pids:
        q = p; ok = False; n = 0
        while q in parent and n < 50:
            if q == root: ok = True; break
            q = parent[q]; n += 1
        if not ok or p not in cpu: continue
        if p not in seen:
            try: cmd = open(f'/proc/{p}/cmdline').read().replace('\0', ' ')
            except Exception: cmd = '?'
            seen[p] = [group(cmd), 0.0, cmd[:300]]
        seen[p][1] = max(seen[p][1], cpu[p])
    ticks = globals().get('ticks', 0) + 1; globals()['ticks'] = ticks
    if ticks % 20 == 0: dump()
    time.sleep(1.0)
dump()
