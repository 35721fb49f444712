#!/usr/bin/python3
"""Requests per second against one URL: T threads, each with its own
keep-alive connection (http.client), N requests in all, an optional Cookie.
usage: http_load.py URL N THREADS [COOKIE]   → prints "rps p50_ms p95_ms bytes errors"
"{i}" in URL is replaced by the request's number (a distinct URL each time: defeats reply caches).
Standard library only, so the same client measures our server and the reference."""
import http.client, sys, threading, time, urllib.parse

url, n, threads = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
cookie = sys.argv[4] if len(sys.argv) > 4 else ""
u = urllib.parse.urlparse(url)
path = u.path + ("?" + u.query if u.query else "")
lat, errors, size, lock = [], [0], [0], threading.Lock()
per = [n // threads + (1 if i < n % threads else 0) for i in range(threads)]


counter = [0]


def worker(count):
    c = http.client.HTTPConnection(u.hostname, u.port, timeout=30)
    headers = {"Cookie": cookie} if cookie else {}
    mine = []
    for _ in range(count):
        with lock:
            counter[0] += 1
            i = counter[0]
        t = time.perf_counter()
        c.request("GET", path.replace("%7Bi%7D", str(i)).replace("{i}", str(i)), headers=headers)
        r = c.getresponse()
        body = r.read()
        mine.append(time.perf_counter() - t)
        if r.status != 200:
            with lock:
                errors[0] += 1
        if r.getheader("Connection", "").lower() == "close":
            c.close()
            c = http.client.HTTPConnection(u.hostname, u.port, timeout=30)
    with lock:
        lat.extend(mine)
        size[0] = len(body)


t0 = time.perf_counter()
ts = [threading.Thread(target=worker, args=(k,)) for k in per]
for t in ts:
    t.start()
for t in ts:
    t.join()
wall = time.perf_counter() - t0
lat.sort()
print(f"{n / wall:.0f} {lat[len(lat) // 2] * 1000:.1f} {lat[int(len(lat) * 0.95)] * 1000:.1f} {size[0]} {errors[0]}")
