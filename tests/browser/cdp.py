#!/usr/bin/python3
"""Drive headless Debian chromium over the DevTools protocol with the standard
library only (a minimal RFC 6455 client): log in through the dashboard's form,
render pages, check their DOM, save screenshots and a PDF print.

usage: cdp.py CHROMIUM BASE_URL ACCOUNT PASSWORD OUT_DIR
Prints one line per check; exits 1 on the first failed one.
"""
import base64, json, os, re, socket, struct, subprocess, sys, tempfile, time, unicodedata, urllib.parse


class WebSocket:
    def __init__(self, url):
        u = urllib.parse.urlparse(url)
        self.sock = socket.create_connection((u.hostname, u.port), timeout=30)
        key = base64.b64encode(os.urandom(16)).decode()
        self.sock.sendall((f"GET {u.path} HTTP/1.1\r\nHost: {u.hostname}:{u.port}\r\nUpgrade: websocket\r\n"
                           f"Connection: Upgrade\r\nSec-WebSocket-Key: {key}\r\nSec-WebSocket-Version: 13\r\n\r\n").encode())
        head = b""
        while b"\r\n\r\n" not in head:
            head += self.sock.recv(1)
        if b" 101 " not in head.split(b"\r\n")[0]:
            raise RuntimeError("websocket upgrade refused: %r" % head[:80])
        self.buf = b""

    def send(self, text):
        data = text.encode()
        mask = os.urandom(4)
        n = len(data)
        hdr = bytes([0x81]) + (bytes([0x80 | n]) if n < 126 else bytes([0x80 | 126]) + struct.pack(">H", n)
                                 if n < 65536 else bytes([0x80 | 127]) + struct.pack(">Q", n))
        self.sock.sendall(hdr + mask + bytes(b ^ mask[i % 4] for i, b in enumerate(data)))

    def _read(self, n):
        while len(self.buf) < n:
            chunk = self.sock.recv(1 << 20)
            if not chunk:
                raise RuntimeError("websocket closed")
            self.buf += chunk
        out, self.buf = self.buf[:n], self.buf[n:]
        return out

    def recv(self):
        message = b""
        while True:
            b0, b1 = self._read(2)
            n = b1 & 0x7F
            if n == 126:
                n = struct.unpack(">H", self._read(2))[0]
            elif n == 127:
                n = struct.unpack(">Q", self._read(8))[0]
            payload = self._read(n)
            op = b0 & 0x0F
            if op == 9:  # ping → pong
                continue
            message += payload
            if b0 & 0x80:
                return message.decode()


class Browser:
    def __init__(self, ws):
        self.ws, self.next_id, self.events, self.log = ws, 0, [], []

    def _event(self, m):
        self.events.append(m)
        if m.get("method") in ("Log.entryAdded", "Runtime.consoleAPICalled", "Runtime.exceptionThrown"):
            self.log.append(m)  # every page's messages, kept across navigations

    def call(self, method, session=None, **params):
        self.next_id += 1
        msg = {"id": self.next_id, "method": method, "params": params}
        if session:
            msg["sessionId"] = session
        self.ws.send(json.dumps(msg))
        while True:
            m = json.loads(self.ws.recv())
            if m.get("id") == self.next_id:
                if "error" in m:
                    raise RuntimeError(f"{method}: {m['error']}")
                return m.get("result", {})
            self._event(m)

    def wait_event(self, name, timeout=30):
        end = time.time() + timeout
        while time.time() < end:
            for i, e in enumerate(self.events):
                if e.get("method") == name:
                    return self.events.pop(i)
            self._event(json.loads(self.ws.recv()))
        raise RuntimeError("no event " + name)


def main():
    chromium, base, account, password, out = sys.argv[1:6]
    os.makedirs(out, exist_ok=True)
    profile = tempfile.mkdtemp(prefix="kc-chromium-")
    proc = subprocess.Popen([chromium, "--headless=new", "--no-sandbox", "--disable-gpu", "--no-first-run",
                             "--disable-extensions", "--remote-debugging-port=0", "--remote-allow-origins=*",
                             f"--user-data-dir={profile}", "--window-size=1280,1600", "about:blank"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        port_file = os.path.join(profile, "DevToolsActivePort")
        for _ in range(300):
            if os.path.exists(port_file) and len(open(port_file).read().split()) >= 2:
                break
            time.sleep(0.1)
        port, path = open(port_file).read().split()[:2]
        b = Browser(WebSocket(f"ws://127.0.0.1:{port}{path}"))
        target = b.call("Target.createTarget", url="about:blank")["targetId"]
        s = b.call("Target.attachToTarget", targetId=target, flatten=True)["sessionId"]
        b.call("Page.enable", session=s)
        b.call("Log.enable", session=s)
        b.call("Runtime.enable", session=s)

        def goto(url):
            b.events.clear()
            b.call("Page.navigate", session=s, url=url)
            b.wait_event("Page.loadEventFired")

        def dom():
            return b.call("Runtime.evaluate", session=s, expression="document.documentElement.outerHTML",
                          returnByValue=True)["result"]["value"]

        def text():
            return b.call("Runtime.evaluate", session=s, expression="document.body.innerText",
                          returnByValue=True)["result"]["value"]

        def shot(name):
            data = b.call("Page.captureScreenshot", session=s, format="png", captureBeyondViewport=True)["data"]
            png = base64.b64decode(data)
            assert png[:8] == b"\x89PNG\r\n\x1a\n" and len(png) > 5000, name
            open(os.path.join(out, name + ".png"), "wb").write(png)
            print(f"ok: screenshot {name}.png ({len(png)} bytes)")

        def check(cond, what):
            if not cond:
                print("FAIL: " + what)
                sys.exit(1)
            print("ok: " + what)

        goto(base + "/login")
        check("Đăng nhập" in text(), "login form rendered in Vietnamese")
        # Fill and submit the form as a user would (DevTools input, not page script).
        b.call("Runtime.evaluate", session=s, expression=(
            "document.querySelector('input[name=account]').value=%s;"
            "document.querySelector('input[name=password]').value=%s;"
            "document.querySelector('form.login').submit();") % (json.dumps(account), json.dumps(password)))
        b.wait_event("Page.loadEventFired")
        page = dom()
        check("Tổng quan đơn vị được đánh giá" in page, "logged in: the overview")
        check("UBND huyện Quảng Điền" in page and unicodedata.is_normalized("NFC", page), "Vietnamese text intact (NFC)")
        check("<svg" in page and 'class="value"' in page, "points chart rendered as inline SVG")
        box = b.call("Runtime.evaluate", session=s, returnByValue=True,
                     expression="JSON.stringify(document.querySelector('svg.chart').getBoundingClientRect())")
        w = json.loads(box["result"]["value"])["width"]
        check(w > 300, f"chart laid out ({w:.0f} px wide)")
        colour = b.call("Runtime.evaluate", session=s, returnByValue=True,
                        expression="getComputedStyle(document.querySelector('header.top')).backgroundColor")["result"]["value"]
        check(colour == "rgb(18, 53, 91)", "stylesheet applied under the CSP (" + colour + ")")
        shot("assessed-unit")

        goto(base + "/unit/phong-noi-vu")
        t = text()
        check("Đơn vị nộp: Phòng Nội vụ" in t and "Các lần nộp" in t and "Còn phải nộp" in t, "submitting-unit view")
        doc = re.search(r'href="/document/(D[A-Za-z0-9._-]+)"', dom())
        report = re.search(r'href="/report/(S[A-Za-z0-9._-]+)"', dom())
        check(doc is not None and report is not None, "unit view links documents and reports")
        shot("submitting-unit")

        goto(base + "/document/" + doc.group(1))
        t = text()
        check("Thể thức văn bản" in t and "Chữ ký số" in t and "Nội dung theo trang" in t, "document view sections")
        check("Tải bản gốc" in t, "download link for the reviewer")
        shot("document")

        goto(base + "/report/" + report.group(1))
        shot("report")
        pdf = base64.b64decode(b.call("Page.printToPDF", session=s, paperWidth=8.27, paperHeight=11.69)["data"])
        pages = len(re.findall(rb"/Type\s*/Page[^s]", pdf))
        open(os.path.join(out, "report.pdf"), "wb").write(pdf)
        check(pdf[:5] == b"%PDF-" and pages >= 1, f"report prints to A4 PDF ({pages} pages)")

        goto(base + "/assessed?lang=en")
        check("Assessed unit overview" in text(), "English with ?lang=en")

        time.sleep(0.5)
        b.call("Runtime.evaluate", session=s, expression="1")  # drain pending events
        csp = [e for e in b.log if "Content Security Policy" in json.dumps(e, ensure_ascii=False)]
        for e in csp[:3]:
            print("  " + json.dumps(e, ensure_ascii=False)[:300])
        check(not csp, f"no Content-Security-Policy violation reported by the browser ({len(b.log)} messages seen)")
        # The detector itself: an inline style injected now must be refused and reported.
        b.call("Runtime.evaluate", session=s,
               expression="document.head.insertAdjacentHTML('beforeend','<style>body{color:red}</style>')")
        time.sleep(0.5)
        b.call("Runtime.evaluate", session=s, expression="1")
        csp = [e for e in b.log if "Content Security Policy" in json.dumps(e, ensure_ascii=False)]
        check(len(csp) >= 1, "an injected inline style is refused and reported (the CSP check can fail)")
    finally:
        proc.terminate()
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()
        subprocess.run(["rm", "-rf", profile])


if __name__ == "__main__":
    main()
