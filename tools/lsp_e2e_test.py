"""End-to-end test of `factcheck lsp`: a scripted LSP client.

Starts the server as an editor would (stdin/stdout, Content-Length
framing), opens a Markdown and a plain-text draft that contradict two
invented wire reports, and checks what an editor would show: the
diagnostic's range in UTF-16 code units (the line has non-ASCII text and an
emoji before the claim), its relatedInformation at the source file, the
quick fix's edit (the project's inline suppression), that applying the fix
or correcting the text clears the diagnostic, the lifecycle (shutdown, exit
code) and the JSON-RPC errors. Then sources from the project file, a
server with no sources at all, and mistakes on the command line.

Usage: lsp_e2e_test.py FACTCHECK_BINARY
"""

import json
import os
import pathlib
import select
import subprocess
import sys
import tempfile
import time

TIMEOUT = 60  # seconds for any one answer (the sources are read at initialize)

SOURCE_HARBOUR = (
    "Harbour bridge opens after long delay\n\n"
    "The new harbour bridge in Eastmere opened on Tuesday after four years of work, "
    "the city council said.\n"
    "Council leader Mara Quinn said the crossing cost 120 million pounds.\n"
    "About 3,000 people walked across the bridge on its first day.\n")
SOURCE_GAZETTE = (
    "Eastmere celebrates its new bridge\n\n"
    "Council leader Mara Quinn cut the ribbon on Tuesday as the harbour bridge opened "
    "after four years of work.\n"
    "The crossing cost 120 million pounds, the council said.\n")
# The planted contradiction: "six years" where both sources say "four years",
# after "café", curly quotes, "ë" and an emoji (two UTF-16 units) on its line.
CLAIM_LINE = ("Le café “Zoë” 😀 watched: the new harbour bridge in Eastmere opened on "
              "Tuesday after {} years of work, the city council said.")
DRAFT_MD = "# Bridge opens\n\n{}\n\nCouncil leader Mara Quinn said the crossing cost 120 million pounds.\n"
DRAFT_TXT = "Bridge opens\n\n{}\nCouncil leader Mara Quinn said the crossing cost 120 million pounds.\n"

failures = []


def check(condition, what):
    if not condition:
        failures.append(what)
        print("FAIL:", what, flush=True)
    return condition


def utf16_len(text):
    return len(text.encode("utf-16-le")) // 2


def position_of(text, offset):
    """LSP position (0-based line, UTF-16 character) of a character offset."""
    before = text[:offset]
    line = before.count("\n")
    return {"line": line, "character": utf16_len(before[before.rfind("\n") + 1:])}


def range_of(text, needle):
    at = text.index(needle)
    return {"start": position_of(text, at), "end": position_of(text, at + len(needle))}


def apply_edit(text, edit):
    """Applies one LSP TextEdit (UTF-16 positions) to text."""
    lines = text.split("\n")

    def offset(pos):
        start = sum(len(l) + 1 for l in lines[:pos["line"]])
        line, units, i = lines[pos["line"]], 0, 0
        while i < len(line) and units < pos["character"]:
            units += utf16_len(line[i])
            i += 1
        return start + i

    r = edit["range"]
    return text[:offset(r["start"])] + edit["newText"] + text[offset(r["end"]):]


class Client:
    def __init__(self, binary, args, cwd):
        self.stderr = tempfile.TemporaryFile()
        self.proc = subprocess.Popen([binary, "lsp"] + args, cwd=cwd, stdin=subprocess.PIPE,
                                     stdout=subprocess.PIPE, stderr=self.stderr)
        self.buffer = b""
        self.next_id = 100
        self.seen = []  # messages read while waiting for another

    def send_raw(self, body):
        self.proc.stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
        self.proc.stdin.flush()

    def send(self, message):
        message["jsonrpc"] = "2.0"
        self.send_raw(json.dumps(message).encode("utf-8"))

    def notify(self, method, params):
        self.send({"method": method, "params": params})

    def request(self, method, params, id=None):
        if id is None:
            self.next_id += 1
            id = self.next_id
        self.send({"id": id, "method": method, "params": params})
        return self.wait(lambda m: m.get("id") == id and "method" not in m)

    def read(self, deadline):
        while True:
            header_end = self.buffer.find(b"\r\n\r\n")
            if header_end >= 0:
                headers = self.buffer[:header_end].decode("ascii").split("\r\n")
                length = [int(h.split(":")[1]) for h in headers
                          if h.lower().startswith("content-length:")]
                assert length, "no Content-Length in %r" % headers
                start = header_end + 4
                if len(self.buffer) - start >= length[0]:
                    body = self.buffer[start:start + length[0]]
                    self.buffer = self.buffer[start + length[0]:]
                    return json.loads(body.decode("utf-8"))
            left = deadline - time.monotonic()
            if left <= 0:
                raise TimeoutError("no answer from the server")
            ready, _, _ = select.select([self.proc.stdout], [], [], left)
            if ready:
                chunk = os.read(self.proc.stdout.fileno(), 65536)
                if not chunk:
                    raise EOFError("the server closed its output")
                self.buffer += chunk

    def wait(self, predicate):
        for i, m in enumerate(self.seen):
            if predicate(m):
                return self.seen.pop(i)
        deadline = time.monotonic() + TIMEOUT
        while True:
            m = self.read(deadline)
            if predicate(m):
                return m
            self.seen.append(m)

    def diagnostics(self, uri, version=None):
        m = self.wait(lambda m: m.get("method") == "textDocument/publishDiagnostics" and
                      m["params"]["uri"] == uri and
                      (version is None or m["params"].get("version") == version))
        return m["params"]["diagnostics"]

    def exit_code(self):
        try:
            return self.proc.wait(timeout=TIMEOUT)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            return "still running"

    def log(self):
        self.stderr.seek(0)
        return self.stderr.read().decode("utf-8", "replace")


def open_draft(client, uri, language, text):
    client.notify("textDocument/didOpen", {"textDocument": {
        "uri": uri, "languageId": language, "version": 1, "text": text}})
    return client.diagnostics(uri, 1)


def change(client, uri, version, text):
    client.notify("textDocument/didChange", {"textDocument": {"uri": uri, "version": version},
                                             "contentChanges": [{"text": text}]})
    return client.diagnostics(uri, version)


def check_contradiction(diagnostics, text, source_path, what):
    """The one diagnostic of the planted contradiction, checked; or None."""
    if not check(len(diagnostics) == 1, "%s: one diagnostic, got %s" % (what, diagnostics)):
        return None
    d = diagnostics[0]
    check(d["code"] == "QUANTITY_CONFLICT", "%s: code %s" % (what, d["code"]))
    check(d["source"] == "factcheck", "%s: source %s" % (what, d.get("source")))
    check(d["severity"] == 1, "%s: severity %s, want 1 (Error)" % (what, d["severity"]))
    check(d["message"], "%s: no message" % what)
    want = range_of(text, "six years")
    check(d["range"] == want, "%s: range %s, want %s" % (what, d["range"], want))
    related = d.get("relatedInformation", [])
    harbour = [r for r in related if r["location"]["uri"] == pathlib.Path(source_path).as_uri()]
    if check(harbour, "%s: no relatedInformation at %s: %s" % (what, source_path, related)):
        r = harbour[0]
        want = range_of(SOURCE_HARBOUR, "four years")
        check(r["location"]["range"] == want,
              "%s: evidence range %s, want %s" % (what, r["location"]["range"], want))
        check(r["message"].startswith("against: "), "%s: evidence message %r" % (what, r["message"]))
    return d


def quick_fix(client, uri, diagnostic, want_text, what):
    """Asks for the code actions of `diagnostic`; returns the fix's edit."""
    reply = client.request("textDocument/codeAction", {
        "textDocument": {"uri": uri}, "range": diagnostic["range"],
        "context": {"diagnostics": [diagnostic]}})
    actions = reply.get("result") or []
    if not check(len(actions) == 1, "%s: one code action, got %s" % (what, reply)):
        return None
    action = actions[0]
    check(action.get("kind") == "quickfix", "%s: kind %s" % (what, action.get("kind")))
    edits = action["edit"]["changes"].get(uri, [])
    if not check(len(edits) == 1, "%s: one edit for %s, got %s" % (what, uri, action["edit"])):
        return None
    edit = edits[0]
    line = diagnostic["range"]["start"]["line"]
    check(edit["newText"] == want_text, "%s: newText %r, want %r" % (what, edit["newText"], want_text))
    check(edit["range"] == {"start": {"line": line, "character": 0},
                            "end": {"line": line, "character": 0}},
          "%s: edit range %s" % (what, edit["range"]))
    return edit


def session(binary, root):
    wire = root / "wire"
    harbour = str(wire / "harbour.txt")
    client = Client(binary, ["--sources=" + str(wire), "--debounce-ms=0",
                             "--config=" + str(root / "empty.factcheck.textproto")], root)

    # Before initialize, and JSON-RPC errors.
    client.send_raw(b'{"id": 1, "method": ')
    m = client.wait(lambda m: "error" in m and m.get("id") is None)
    check(m["error"]["code"] == -32700, "bad JSON: %s" % m)
    m = client.request("textDocument/codeAction", {}, id=1)
    check(m.get("error", {}).get("code") == -32002, "request before initialize: %s" % m)

    m = client.request("initialize", {"processId": os.getpid(), "rootUri": root.as_uri(),
                                      "capabilities": {}})
    caps = m.get("result", {}).get("capabilities", {})
    check(caps.get("textDocumentSync", {}).get("change") == 1, "initialize: %s" % m)
    check("codeActionProvider" in caps, "initialize: no codeActionProvider: %s" % m)
    client.notify("initialized", {})
    m = client.request("textDocument/hover", {})
    check(m.get("error", {}).get("code") == -32601, "unknown method: %s" % m)

    # Markdown: the contradiction, its fix, and the corrected text.
    md_uri = (root / "drafts" / "bridge.md").as_uri()
    text = DRAFT_MD.format(CLAIM_LINE.format("six"))
    d = check_contradiction(open_draft(client, md_uri, "markdown", text), text, harbour, "markdown")
    if d:
        edit = quick_fix(client, md_uri, d,
                         "<!-- factcheck-disable-next-line QUANTITY_CONFLICT -->\n", "markdown")
        if edit:
            fixed = apply_edit(text, edit)
            check(change(client, md_uri, 2, fixed) == [],
                  "markdown: the suppression leaves diagnostics")
    check(change(client, md_uri, 3, DRAFT_MD.format(CLAIM_LINE.format("four"))) == [],
          "markdown: correcting the text leaves diagnostics")
    check_contradiction(change(client, md_uri, 4, text), text, harbour, "markdown, wrong again")
    client.notify("textDocument/didClose", {"textDocument": {"uri": md_uri}})
    check(client.diagnostics(md_uri) == [], "didClose does not clear")

    # Plain text: the bracket form of the suppression.
    txt_uri = (root / "drafts" / "bridge.txt").as_uri()
    text = DRAFT_TXT.format(CLAIM_LINE.format("six"))
    d = check_contradiction(open_draft(client, txt_uri, "plaintext", text), text, harbour, "text")
    if d:
        edit = quick_fix(client, txt_uri, d, "[factcheck-disable-next-line QUANTITY_CONFLICT]\n",
                         "text")
        if edit:
            check(change(client, txt_uri, 2, apply_edit(text, edit)) == [],
                  "text: the suppression leaves diagnostics")

    m = client.request("shutdown", None)
    check("result" in m and m["result"] is None, "shutdown: %s" % m)
    m = client.request("textDocument/codeAction", {})
    check(m.get("error", {}).get("code") == -32600, "request after shutdown: %s" % m)
    client.notify("exit", None)
    code = client.exit_code()
    check(code == 0, "exit after shutdown: exit code %s; log:\n%s" % (code, client.log()))


def config_sources(binary, root):
    """No --sources: the project file's sources, as `check` reads them."""
    project = root / "project"
    project.mkdir()
    (project / "wire").mkdir()
    (project / "wire" / "harbour.txt").write_text(SOURCE_HARBOUR, encoding="utf-8")
    (project / ".factcheck.textproto").write_text('sources: "wire/"\n', encoding="utf-8")
    client = Client(binary, ["--debounce-ms=0"], project)
    client.request("initialize", {"capabilities": {}})
    client.notify("initialized", {})
    uri = (project / "draft.md").as_uri()
    text = DRAFT_MD.format(CLAIM_LINE.format("six"))
    check_contradiction(open_draft(client, uri, "markdown", text), text,
                        str(project / "wire" / "harbour.txt"), "config sources")
    client.request("shutdown", None)
    client.notify("exit", None)
    check(client.exit_code() == 0, "config sources: exit code")


def no_sources(binary, root):
    """No sources anywhere: said once, in the editor; exit without shutdown is 1."""
    empty = root / "nothing"
    empty.mkdir()
    (empty / ".factcheck.textproto").write_text("# nothing\n", encoding="utf-8")
    client = Client(binary, [], empty)
    m = client.request("initialize", {"capabilities": {}})
    check("result" in m, "no sources: initialize fails: %s" % m)
    m = client.wait(lambda m: m.get("method") == "window/showMessage")
    check(m["params"]["type"] == 1 and "--sources" in m["params"]["message"],
          "no sources: message %s" % m)
    client.notify("exit", None)
    code = client.exit_code()
    check(code == 1, "exit without shutdown: exit code %s, want 1" % code)


def usage_errors(binary, root):
    """Mistakes on the command line are exit code 2, one line, as for every command."""
    for args, words in ((["lsp", "draft.md"], "takes no FILE"),
                        (["lsp", "--debounce-ms=-1"], "--debounce-ms")):
        run = subprocess.run([binary] + args, cwd=root, stdin=subprocess.DEVNULL,
                             capture_output=True, timeout=TIMEOUT)
        check(run.returncode == 2 and words in run.stderr.decode(),
              "factcheck %s: exit %s, %r" % (" ".join(args), run.returncode, run.stderr))


def main():
    binary = os.path.abspath(sys.argv[1])
    root = pathlib.Path(tempfile.mkdtemp(dir=os.environ.get("TEST_TMPDIR"))).resolve()
    (root / "wire").mkdir()
    (root / "drafts").mkdir()
    (root / "wire" / "harbour.txt").write_text(SOURCE_HARBOUR, encoding="utf-8")
    (root / "wire" / "gazette.txt").write_text(SOURCE_GAZETTE, encoding="utf-8")
    (root / "empty.factcheck.textproto").write_text("# no settings\n", encoding="utf-8")
    for test in (session, config_sources, no_sources, usage_errors):
        try:
            test(binary, root)
        except (TimeoutError, EOFError, KeyError, TypeError) as e:
            check(False, "%s: %s: %s" % (test.__name__, type(e).__name__, e))
    print("%d failures" % len(failures))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
