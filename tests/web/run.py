#!/usr/bin/env python3
"""run.py BUILD_DIR — the tumour-board pages (guidec web) driven in headless Chromium.

For the GIST, sarcoma and NET rulesets: builds the page with BUILD_DIR/guidec web, opens it
from file:// with the network emulated offline, and for each case (the examples, the same with
inputs left unknown, a size in another unit, a value out of range) fills the form's fields as a
person would (choosing in lists, typing into text fields: keystrokes for the first case,
the value and its input event for the others), reads the JSON view and compares it
byte for byte with `guidec run --format json` on the same case file, with --trace and --labels
too. Also checks that asked-for fields are highlighted, that a case file opens when dropped on
the page and through the file picker, that the downloaded result and case are guidec run's, that every control has a label and
focus shows, and that the print takes one A4 page. Screenshots and PDFs go to BUILD_DIR/web/.

Chromium is spoken to over the DevTools protocol on a pipe (--remote-debugging-pipe: file
descriptors 3 and 4, messages ending in NUL), with Python's standard library only.
"""
import base64
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
RULESETS = [("gist", "examples/cases"), ("sarcoma", "examples/sarcoma"), ("net", "examples/net")]


class Chromium:
    """One headless Chromium, one page, commands over the DevTools pipe."""

    def __init__(self, profile, log):
        to_chrome_r, to_chrome_w = os.pipe()
        from_chrome_r, from_chrome_w = os.pipe()

        def fds():  # the pipe's ends at 3 and 4, as Chromium expects; the others closed
            r, w = os.dup(to_chrome_r), os.dup(from_chrome_w)
            os.dup2(r, 3)
            os.dup2(w, 4)
            for fd in {to_chrome_r, to_chrome_w, from_chrome_r, from_chrome_w, r, w} - {3, 4}:
                os.close(fd)

        self.proc = subprocess.Popen(
            ["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
             "--no-first-run", "--disable-background-networking", "--disable-component-update",
             "--disable-sync", "--remote-debugging-pipe", "--user-data-dir=" + profile,
             "--window-size=1400,1800", "about:blank"],
            close_fds=False, preexec_fn=fds, stdout=log, stderr=log)
        os.close(to_chrome_r)
        os.close(from_chrome_w)
        self.w = os.fdopen(to_chrome_w, "wb")
        self.r = os.fdopen(from_chrome_r, "rb")
        self.next_id = 0
        self.buf = b""
        self.session = None
        targets = self.call("Target.getTargets")["targetInfos"]
        page = [t for t in targets if t["type"] == "page"][0]
        self.session = self.call("Target.attachToTarget", targetId=page["targetId"],
                                 flatten=True)["sessionId"]
        self.call("Page.enable")
        self.call("Network.enable")
        # The page must work with no network at all.
        self.call("Network.emulateNetworkConditions", offline=True, latency=0,
                  downloadThroughput=-1, uploadThroughput=-1)
        self.requests = []

    def call(self, method, browser=False, **params):
        """Sends a command to the page (browser: to the browser itself) and waits for its
        answer."""
        self.next_id += 1
        msg = {"id": self.next_id, "method": method, "params": params}
        if self.session and not browser:
            msg["sessionId"] = self.session
        self.w.write(json.dumps(msg).encode() + b"\0")
        self.w.flush()
        while True:
            reply = self.read()
            if reply.get("method") == "Network.requestWillBeSent":
                self.requests.append(reply["params"]["request"]["url"])
            if reply.get("id") == self.next_id:
                if "error" in reply:
                    raise RuntimeError("%s: %s" % (method, reply["error"]))
                return reply.get("result", {})

    def read(self):
        while b"\0" not in self.buf:
            chunk = self.r.read1(1 << 16)
            if not chunk:
                raise RuntimeError("chromium closed the DevTools pipe")
            self.buf += chunk
        msg, self.buf = self.buf.split(b"\0", 1)
        return json.loads(msg)

    def js(self, expr):
        res = self.call("Runtime.evaluate", expression=expr, returnByValue=True, awaitPromise=True)
        if "exceptionDetails" in res:
            raise RuntimeError("page script: %s" % json.dumps(res["exceptionDetails"])[:800])
        return res["result"].get("value")

    def wait(self, expr, seconds=30):
        end = time.time() + seconds
        while time.time() < end:
            if self.js(expr):
                return True
            time.sleep(0.05)
        return False

    def close(self):
        try:
            self.call("Browser.close")
        except Exception:
            pass
        try:
            self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.proc.kill()


def run_json(guidec, rules, case_path, *opts, status=None):
    """guidec run --format json's output; status: a list that gets its exit status."""
    p = subprocess.run([guidec, "run", "--format", "json", *opts, rules, case_path],
                       capture_output=True)
    if status is not None:
        status.append(p.returncode)
    return p.stdout.decode()


# Case files written as text (key order, blank lines and JSON details matter), opened on the
# page: those guidec run refuses with an error record (it exits 2) must give that record, byte
# for byte, as the JSON view; the valid ones their result. (label, text, guidec's exit status)
CASE_FILES = {
    "gist": [
        ("file-string-for-bool", '{"id": "f1", "location": "stomach", "tumor_rupture": "true"}', 2),
        ("file-number-for-label", '{"id": "f2", "location": 3}', 2),
        ("file-string-without-unit", '{"id": "f3", "location": "stomach", "size_cm": "3.5"}', 2),
        ("file-unknown-key", '{"id": "f4", "location": "stomach", "sise_cm": 3}', 2),
        ("file-output-as-key", '{"id": "f5", "miettinen_risk": "low"}', 2),
        ("file-id-not-a-string", '{"location": "stomach", "id": 7}', 2),
        ("file-list-bad-element", '{"id": "f7", "suvmax_baseline_lesions": [2.5, null]}', 2),
        ("file-list-unitless-string", '{"id": "f8", "suvmax_post_lesions": [2.5, "3"]}', 2),
        ("file-array-for-number", '{"id": "f9", "size_cm": [3]}', 2),
        ("file-constraint", '{"id": "f10", "visceral_margin_positive": true, "resection": "R0"}', 2),
        ("file-not-an-object", '["location", "stomach"]', 2),
        # the first error in the file's order wins (a JavaScript object would put "1" first)
        ("file-key-order", '{"id": "f12", "location": 3, "1": 2}', 2),
        # the error record names the line the record starts on
        ("file-blank-lines", '\n\n  {"id": "f13", "pediatric": "no"}', 2),
        # valid: read back from the form to the same case
        ("file-empty-id-empty-list", '{"id": "", "location": "jejunum", "size_cm": "120 mm",'
         ' "mitoses_per_5mm2": 7, "suvmax_baseline_lesions": [], "suvmax_post_lesions": [4.2, "5 SUV"]}', 0),
        ("file-id-with-line-break", '{"id": "a\\nb ", "location": "stomach", "size_cm": -0}', 0),
    ],
    "net": [
        ("file-constraint", '{"id": "n1", "liver_dominant_disease": true, "liver_metastases": false}', 2),
    ],
}

# Files jansson refuses as invalid JSON while JSON.parse takes them: the page must refuse them
# too (its own message in the status, the form emptied, no result). (label, text, in the status)
NOT_JSON_FILES = [
    ("file-duplicate-key", '{"location": "stomach", "location": "colon"}', "given twice"),
    ("file-nul-in-string", '{"id": "a\\u0000b"}', "NUL"),
    ("file-huge-integer", '{"size_cm": 100000000000000000000}', "too large"),
    ("file-lone-surrogate", '{"id": "\\ud800"}', "surrogate"),
]


def open_file(ch, path):
    """Opens path with the page's file picker; waits until the page has shown what it made of it."""
    ch.js("document.getElementById('status').textContent = 'opening'; document.getElementById('file').value = ''")
    doc = ch.call("DOM.getDocument")
    node = ch.call("DOM.querySelector", nodeId=doc["root"]["nodeId"], selector="#file")
    ch.call("DOM.setFileInputFiles", files=[path], nodeId=node["nodeId"])
    ch.wait("document.getElementById('status').textContent !== 'opening'", 10)


def check_case_files(ch, guidec, rules, name, casedir, views, check):
    """The case files of CASE_FILES and NOT_JSON_FILES, each opened with the file picker."""
    for label, text, want_status in CASE_FILES.get(name, []):
        path = os.path.join(casedir, label + ".json")
        with open(path, "w", encoding="utf-8") as fh:
            fh.write(text + "\n")
        open_file(ch, path)
        for opts, trace, labels in views:
            status = []
            want = run_json(guidec, rules, path, *opts, status=status)
            check(status == [want_status], "%s %s: guidec run exits %s, not %d" % (name, label, status, want_status))
            got = json_view(ch, trace, labels)
            check(got == want, "%s %s %s: the page's JSON differs from guidec run:\n  page: %s\n  run:  %s"
                  % (name, label, " ".join(opts), got[:300], want[:300]))
    if name != "gist":
        return
    # A list's field written as a JSON array is read as a CSV cell's is: the same case as a file's.
    for label, texts in [("field-json-arrays", {"suvmax_baseline_lesions": "[]", "suvmax_post_lesions": '[4.2, "5 SUV"]'}),
                         ("field-json-array-bad", {"suvmax_post_lesions": '[4.2, "5"]'})]:
        case = {"id": label, **{k: json.loads(t) for k, t in texts.items()}}
        path = os.path.join(casedir, label + ".json")
        with open(path, "w", encoding="utf-8") as fh:
            fh.write(json.dumps(case) + "\n")
        fill(ch, {"id": label}, typing=False)
        ch.js("(function (texts) { for (const k in texts) { const e = document.getElementById('in-' + k);"
              " e.value = texts[k]; e.dispatchEvent(new Event('input', {bubbles: true})); } })(%s)" % json.dumps(texts))
        got, want = json_view(ch, False, False), run_json(guidec, rules, path)
        check(got == want, "%s %s: the page's JSON differs from guidec run:\n  page: %s\n  run:  %s"
              % (name, label, got[:300], want[:300]))
    for label, text, reason in NOT_JSON_FILES:
        path = os.path.join(casedir, label + ".json")
        with open(path, "w", encoding="utf-8") as fh:
            fh.write(text + "\n")
        status = []
        run_json(guidec, rules, path, status=status)
        open_file(ch, path)
        shown = ch.js("[document.getElementById('status').textContent, document.getElementById('json').textContent,"
                      " [...document.querySelectorAll('#form input, #form select')].filter(e => e.value).length]")
        check(status == [2] and reason in shown[0] and shown[1] == "" and shown[2] == 0,
              "%s %s: guidec run exits %s; the page shows %s" % (name, label, status, shown))


def cases_for(name, folder):
    """(label, case) pairs: each example, and the same with inputs made unknown."""
    out = []
    for f in sorted(os.listdir(os.path.join(ROOT, folder))):
        if not f.endswith(".json"):
            continue
        with open(os.path.join(ROOT, folder, f), encoding="utf-8") as fh:
            case = json.loads(fh.read())
        stem = f[:-5]
        out.append((stem, case))
        keys = [k for k in case if k != "id"]
        # Half of the inputs unknown (left empty), then only the first three known.
        half = {k: v for k, v in case.items() if k == "id" or keys.index(k) % 2 == 0}
        half["id"] = stem + "-half-unknown"
        out.append((stem + "-half-unknown", half))
        few = {k: case[k] for k in keys[:3]}
        out.append((stem + "-three-known", few))
    return out


# Fills the form as a person would: a choice in each list, typing in each text field.
FILL_JS = """
(async function (c, typing) {
  const fire = (e, t) => e.dispatchEvent(new Event(t, {bubbles: true}));
  document.getElementById('clear').click();
  const set = (ctl, text) => { ctl.focus(); ctl.value = text; fire(ctl, 'input'); fire(ctl, 'change'); };
  set(document.getElementById('case-id'), typeof c.id === 'string' ? c.id : '');
  const typed = [];
  for (const k of Object.keys(c)) {
    if (k === 'id' || c[k] === null) continue;
    const ctl = document.getElementById('in-' + k);
    if (!ctl) throw new Error('no field for ' + k);
    const text = Array.isArray(c[k]) ? c[k].map(String).join('; ') : String(c[k]);
    if (ctl.tagName === 'SELECT' || !typing) set(ctl, text); else typed.push(['in-' + k, text]);
  }
  return typed;
})
"""


def fill(ch, case, typing):
    """Fills the form with case: text fields typed as keystrokes (typing: Chromium's input
    pipeline, about 0.15 s a field) or given their value with the input event a keystroke
    fires."""
    typed = ch.js(FILL_JS + "(%s, %s)" % (json.dumps(case), "true" if typing else "false"))
    for field, text in typed:
        ch.js("(function(){const e=document.getElementById(%s); e.focus(); e.select();})()"
              % json.dumps(field))
        ch.call("Input.insertText", text=text)


def json_view(ch, trace, labels):
    return ch.js("""guidePage.settled().then(function(){
      const t = document.getElementById('json-trace'), l = document.getElementById('json-labels');
      if (t.checked !== %s) t.click();
      if (l.checked !== %s) l.click();
      return document.getElementById('json').textContent; })"""
                 % ("true" if trace else "false", "true" if labels else "false"))


def check_derived_constraint(ch, guidec, out, check):
    """A constraint on derived values (tests/golden/ok/constraint_derived.guide: a sum, a count),
    checked once the page has evaluated the case: a case whose values break it, filled in or
    opened as a file, gives guidec run's error record; one with an operand unknown, its result."""
    rules = os.path.join(ROOT, "tests", "golden", "ok", "constraint_derived.guide")
    site = os.path.join(out, "constraint_derived")
    shutil.rmtree(site, ignore_errors=True)
    r = subprocess.run([guidec, "web", rules, "-o", site], capture_output=True, text=True)
    check(r.returncode == 0, "constraint_derived: guidec web failed: %s" % r.stderr.strip())
    if r.returncode:
        return
    ch.call("Page.navigate", url="file://" + site + "/index.html")
    if not ch.wait("!!(window.guidePage && document.body.classList.contains('ready'))"):
        check(False, "constraint_derived: the page did not load its rules")
        return
    casedir = os.path.join(out, "cases", "constraint_derived")
    os.makedirs(casedir, exist_ok=True)
    cases = [("sum-breaks", {"id": "s1", "a": 8, "b": 7, "flag": False}),
             ("sum-unknown", {"id": "s2", "a": 11, "flag": False}),
             ("count-breaks", {"id": "c1", "nodules": [1, 2], "multifocal": False, "flag": True})]
    for label, case in cases:
        path = os.path.join(casedir, label + ".json")
        with open(path, "w", encoding="utf-8") as fh:
            fh.write(json.dumps(case) + "\n")
        want = run_json(guidec, rules, path)
        fill(ch, case, typing=False)
        got = json_view(ch, False, False)
        check(got == want, "constraint_derived %s (form): the page's JSON differs from guidec run:\n"
              "  page: %s\n  run:  %s" % (label, got[:300], want[:300]))
        open_file(ch, path)
        got = json_view(ch, False, False)
        check(got == want, "constraint_derived %s (file): the page's JSON differs from guidec run:\n"
              "  page: %s\n  run:  %s" % (label, got[:300], want[:300]))
    print("check-web: constraint_derived: %d cases, refused once evaluated as guidec run refuses them"
          % len(cases))


def main():
    build = sys.argv[1] if len(sys.argv) > 1 else "build"
    guidec = os.path.abspath(os.path.join(build, "guidec"))
    out = os.path.abspath(os.path.join(build, "web"))
    os.makedirs(out, exist_ok=True)
    passed = failed = 0
    failures = []

    def check(ok, what):
        nonlocal passed, failed
        if ok:
            passed += 1
        else:
            failed += 1
            failures.append(what)
            print("check-web: FAIL: " + what)

    profile = tempfile.mkdtemp(prefix="guide-web-")
    log = open(os.path.join(out, "chromium.log"), "wb")
    ch = Chromium(profile, log)
    try:
        for name, folder in RULESETS:
            rules = os.path.join(ROOT, "rules", name + ".guide")
            site = os.path.join(out, name)
            shutil.rmtree(site, ignore_errors=True)
            r = subprocess.run([guidec, "web", rules, "-o", site], capture_output=True, text=True)
            check(r.returncode == 0, "%s: guidec web failed: %s" % (name, r.stderr.strip()))
            if r.returncode:
                continue
            files = sorted(os.listdir(site))
            check(files == sorted(["index.html", "page.css", "page.js", name + ".wasm"]),
                  "%s: the folder holds %s" % (name, files))
            ch.requests = []
            ch.call("Page.navigate", url="file://" + site + "/index.html")
            ready = ch.wait("!!(window.guidePage && document.body.classList.contains('ready'))")
            check(ready, "%s: the page did not load its rules (status: %s)"
                  % (name, ch.js("document.getElementById('status') && document.getElementById('status').textContent")))
            if not ready:
                continue
            cases = cases_for(name, folder)
            # A size given in another unit; a value out of its range and a case that breaks a
            # constraint, each giving the error record.
            if name == "gist":
                cases.append(("size-in-mm", {"id": "mm", "location": "stomach", "size_cm": "35 mm",
                                             "mitoses_per_5mm2": 3}))
                cases.append(("out-of-range", {"id": "bad", "location": "stomach", "size_cm": 250}))
                cases.append(("constraint", {"id": "margin", "visceral_margin_positive": True,
                                             "resection": "R0"}))
            if name == "net":
                cases.append(("constraint", {"id": "liver", "liver_dominant_disease": True,
                                             "liver_metastases": False}))
            casedir = os.path.join(out, "cases", name)
            os.makedirs(casedir, exist_ok=True)
            views = [((), False, False), (("--trace",), True, False), (("--labels",), False, True)]
            seen = []  # per case: its file, the page's JSON views, the fields highlighted
            for label, case in cases:
                path = os.path.join(casedir, label + ".json")
                with open(path, "w", encoding="utf-8") as fh:
                    fh.write(json.dumps(case, ensure_ascii=False) + "\n")
                fill(ch, case, typing=not seen)  # the first case typed key by key
                got = [json_view(ch, trace, labels) for _, trace, labels in views]
                shown = ch.js("guidePage.settled().then(() => [...document.querySelectorAll('.field.asked')]"
                              ".map(f => f.id.slice(6)).sort())")
                seen.append((label, path, got, shown))
            # guidec run on all the cases at once (one line each, in order), then alone those
            # whose record is an error (its record and line numbers are those of its own file).
            every = os.path.join(casedir, "all.jsonl")
            with open(every, "w", encoding="utf-8") as fh:
                for _, path, _, _ in seen:
                    with open(path, encoding="utf-8") as one:
                        fh.write(one.read())
            wants = [run_json(guidec, rules, every, *opts).splitlines(True) for opts, _, _ in views]
            for k, (label, path, got, shown) in enumerate(seen):
                want = [w[k] for w in wants]
                if '"error":' in want[0]:
                    want = [run_json(guidec, rules, path, *opts) for opts, _, _ in views]
                for (opts, _, _), g, w in zip(views, got, want):
                    check(g == w, "%s %s %s: the page's JSON differs from guidec run:\n  page: %s\n  run:  %s"
                          % (name, label, " ".join(opts), g[:300], w[:300]))
                # The fields to ask for are those the result lists, and they are highlighted.
                res = json.loads(want[0])
                asked = sorted({i for ins in res.get("undetermined", {}).values() for i in ins})
                check(shown == asked, "%s %s: highlighted fields %s, asked for %s" % (name, label, shown, asked))
            check_case_files(ch, guidec, rules, name, casedir, views, check)
            # The first example again, dropped on the page as a file.
            dropped = os.path.join(casedir, cases[0][0] + ".json")
            ch.js("document.getElementById('clear').click()")
            for kind in ("dragEnter", "dragOver", "drop"):
                ch.call("Input.dispatchDragEvent", type=kind, x=600, y=300,
                        data={"items": [], "files": [dropped], "dragOperationsMask": 1})
            ch.wait("document.getElementById('case-id').value === %s" % json.dumps(cases[0][1].get("id", "")), 10)
            check(json_view(ch, False, False) == run_json(guidec, rules, dropped),
                  "%s: the case dropped on the page gives another result" % name)
            # An example again, through the file picker.
            # (an example with unknown inputs when there is one: the screenshot shows what to ask for)
            pick = next((c for c in cases if c[0].endswith("unknown") and "-" not in c[0]), cases[0])
            first = os.path.join(casedir, pick[0] + ".json")
            doc = ch.call("DOM.getDocument")
            node = ch.call("DOM.querySelector", nodeId=doc["root"]["nodeId"], selector="#file")
            ch.call("DOM.setFileInputFiles", files=[first], nodeId=node["nodeId"])
            ch.wait("document.getElementById('case-id').value === %s" % json.dumps(pick[1].get("id", "")), 10)
            check(json_view(ch, False, False) == run_json(guidec, rules, first),
                  "%s: the case opened with the file picker gives another result" % name)
            # The downloads: the result is guidec run --format json --trace's, and the case,
            # run again, gives the same result.
            dl = os.path.join(out, "downloads", name)
            shutil.rmtree(dl, ignore_errors=True)
            os.makedirs(dl)
            ch.call("Browser.setDownloadBehavior", browser=True, behavior="allow", downloadPath=dl)
            ch.js("document.getElementById('download-result').click(); document.getElementById('download-case').click()")
            stem = re.sub(r"[^A-Za-z0-9_.-]+", "_", pick[1].get("id", "") or "case")
            got_case, got_result = os.path.join(dl, stem + ".json"), os.path.join(dl, stem + ".result.json")
            end = time.time() + 10
            while time.time() < end and not (os.path.exists(got_case) and os.path.exists(got_result)):
                time.sleep(0.1)
            check(os.path.exists(got_result) and open(got_result, encoding="utf-8").read()
                  == run_json(guidec, rules, first, "--trace"),
                  "%s: the downloaded result is not guidec run --format json --trace's" % name)
            check(os.path.exists(got_case) and run_json(guidec, rules, got_case) == run_json(guidec, rules, first),
                  "%s: the downloaded case does not give the same result" % name)
            # Accessibility: every control has a label; the focused one shows an outline.
            unlabelled = ch.js("[...document.querySelectorAll('input, select')].filter(e => !e.labels.length).map(e => e.id)")
            check(unlabelled == [], "%s: controls without a label: %s" % (name, unlabelled))
            # The Tab key goes from the case's id to the first input, which shows its focus.
            ch.js("document.getElementById('case-id').focus()")
            for kind in ("keyDown", "keyUp"):
                ch.call("Input.dispatchKeyEvent", type=kind, key="Tab", code="Tab", windowsVirtualKeyCode=9)
            focus = ch.js("(function(){const e=document.activeElement, s=getComputedStyle(e);"
                          "return [e.id, s.outlineStyle + ' ' + s.outlineWidth];})()")
            first_field = "in-" + ch.js("GUIDE_RULESET.inputs[0].name")
            check(focus == [first_field, "solid 3px"],
                  "%s: Tab from the id does not show the focus on the first field: %s" % (name, focus))
            shot = ch.call("Page.captureScreenshot", format="png", captureBeyondViewport=True)
            with open(os.path.join(out, name + ".png"), "wb") as fh:
                fh.write(base64.b64decode(shot["data"]))
            # what a screen of 1280 x 900 shows first (the README's picture)
            ch.call("Emulation.setDeviceMetricsOverride", width=1280, height=900,
                    deviceScaleFactor=1, mobile=False)
            top = ch.call("Page.captureScreenshot", format="png")
            ch.call("Emulation.clearDeviceMetricsOverride")
            with open(os.path.join(out, name + "-top.png"), "wb") as fh:
                fh.write(base64.b64decode(top["data"]))
            pdf = base64.b64decode(ch.call("Page.printToPDF", preferCSSPageSize=True)["data"])
            with open(os.path.join(out, name + ".pdf"), "wb") as fh:
                fh.write(pdf)
            pages = len(re.findall(rb"/Type\s*/Page[^s]", pdf))
            check(pages == 1, "%s: the decision summary prints on %d A4 pages, not one" % (name, pages))
            print("check-web: %s: %d cases, printed on %d A4 page%s (%s)"
                  % (name, len(cases), pages, "" if pages == 1 else "s", os.path.join(out, name + ".pdf")))
            outside = [u for u in ch.requests if not u.startswith(("file:", "data:", "blob:"))]
            check(not outside, "%s: the page asked the network for %s" % (name, outside))
        check_derived_constraint(ch, guidec, out, check)
    finally:
        ch.close()
        shutil.rmtree(profile, ignore_errors=True)
    print("check-web: %d passed, %d failed (screenshots in %s)" % (passed, failed, out))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
