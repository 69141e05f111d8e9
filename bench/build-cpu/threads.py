#!/usr/bin/env python3
# Part of bench/build-cpu (decision 0124): see README.md there.
"""Per-thread CPU (utime+stime) of JVM pids, sampled every 2 s; at the end CPU by thread-name pattern.
Usage: threadsample.py OUT PID..."""
import os, sys, time, re
out = sys.argv[1]; pids = [int(p) for p in sys.argv[2:]]
tck = os.sysconf('SC_CLK_TCK')
seen = {}  # (pid,tid) -> [name, cpu]
while True:
    alive = False
    for p in pids:
        try: tids = os.listdir(f'/proc/{p}/task')
        except Exception: continue
        alive = True
        for t in tids:
            try:
                s = open(f'/proc/{p}/task/{t}/stat').read()
            except Exception: continue
            l = s.find('('); r = s.rfind(')'); name = s[l+1:r]; f = s[r+2:].split()
            c = (int(f[11]) + int(f[12])) / tck
            k = (p, int(t))
            if k not in seen: seen[k] = [name, c]
            else: seen[k][0] = name; seen[k][1] = max(seen[k][1], c)
    if not alive: break
    with open(out + '.tmp', 'w') as fo:
        for p in pids:
            g = {}; n = {}
            for (pp, t), (name, c) in seen.items():
                if pp != p: continue
                key = re.sub(r'[0-9]+', 'N', name)
                g[key] = g.get(key, 0) + c; n[key] = n.get(key, 0) + 1
            tot = sum(g.values())
            fo.write(f'== pid {p}: {tot:.1f} s CPU in {sum(n.values())} threads\n')
            for key in sorted(g, key=lambda k: -g[k])[:45]:
                fo.write(f'{g[key]:8.1f} s {100*g[key]/max(tot,0.01):5.1f} % {n[key]:5d} thr  {key}\n')
    os.replace(out + '.tmp', out)
    time.sleep(2)
