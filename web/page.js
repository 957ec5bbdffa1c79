// page.js — the tumour-board page (guidec web): a form built from GUIDE_RULESET whose case is
// evaluated in the browser by the ruleset compiled to WebAssembly (GUIDE_WASM, the bytes of
// NAME.wasm in base64: a page opened from file:// may not fetch the file beside it).
//
// Every field's value goes to libguide as text, read by the same C as a CSV cell (units
// converted there: "35 mm" for a size in cm); a case file opened on the page goes to libguide as
// the JSON values it holds, read by the same C as `guidec run` reads a record, refusals and
// their messages included; the result is printed by the same C as `guidec run`, so the
// JSON view is byte for byte what `guidec run --format json` prints for the same case. The page
// parses that JSON (with the trace and display texts) to draw the decisions, what is
// undetermined with the inputs to ask for, and the trace. Nothing leaves the machine: no
// request is made, and a case is saved only by the download buttons.
(function () {
    "use strict";
    const RS = GUIDE_RULESET;
    const $ = (id) => document.getElementById(id);

    // ---- The WebAssembly engine --------------------------------------------------------------

    function bytesOfBase64(text) {
        const bin = atob(text);
        const bytes = new Uint8Array(bin.length);
        for (let i = 0; i < bin.length; i++)
            bytes[i] = bin.charCodeAt(i);
        return bytes;
    }

    // What wasi-libc may import. Nothing is read from or written to the machine: a write
    // (libguide says "out of memory" on stderr before it stops) goes to the console.
    function wasiImports(memory) {
        const view = () => new DataView(memory().buffer);
        return {
            fd_write(fd, iovs, n, written) {
                const v = view();
                let total = 0, text = "";
                for (let i = 0; i < n; i++) {
                    const ptr = v.getUint32(iovs + 8 * i, true), len = v.getUint32(iovs + 8 * i + 4, true);
                    text += new TextDecoder().decode(new Uint8Array(memory().buffer, ptr, len));
                    total += len;
                }
                console.error(text);
                v.setUint32(written, total, true);
                return 0;
            },
            fd_close: () => 0,
            fd_seek: () => 70, // ESPIPE: no file to seek in
            environ_sizes_get(count, size) {
                view().setUint32(count, 0, true);
                view().setUint32(size, 0, true);
                return 0;
            },
            environ_get: () => 0,
            proc_exit(code) {
                throw new Error("the rules' WebAssembly stopped (exit status " + code + ")");
            },
        };
    }

    class Engine {
        constructor(x) {
            this.x = x;
            this.info = x[RS.name + "_info"].value;
            this.evalFrame = x[RS.name + "_eval_frame"];
            this.frame = x.gw_frame_new(this.info);
            this.trace = x.gw_trace_new(this.info);
            if (!this.frame || !this.trace)
                throw new Error("out of memory");
        }
        cstring(ptr) {
            const mem = new Uint8Array(this.x.memory.buffer);
            let end = ptr;
            while (mem[end])
                end++;
            return new TextDecoder().decode(mem.subarray(ptr, end));
        }
        printed(ptr) {
            if (!ptr)
                throw new Error("out of memory printing the result");
            const len = this.x.gw_printed_len();
            return new TextDecoder().decode(new Uint8Array(this.x.memory.buffer, ptr, len));
        }
        // Calls fn(ptr, len) with text in the module's memory.
        withText(text, fn) {
            const bytes = new TextEncoder().encode(text);
            const ptr = this.x.gw_alloc(bytes.length);
            if (!ptr)
                throw new Error("out of memory");
            new Uint8Array(this.x.memory.buffer, ptr, bytes.length).set(bytes);
            try {
                return fn(ptr, bytes.length);
            } finally {
                this.x.gw_free(ptr);
            }
        }
        lastError() {
            return { field: this.cstring(this.x.gw_error_field()), message: this.cstring(this.x.gw_error_message()) };
        }
        // Sets input v from a field's text, read as a CSV cell is: 0, or -1 (lastError). A list
        // written as a JSON array goes with the value readJson makes of it (libguide has no JSON
        // parser in the page), none when it is no JSON.
        setText(v, text) {
            let json = null;
            if (inputs[v].type === "list" && /^[ \t\n\r]*\[/.test(text))
                try {
                    json = readJson(text, false);
                } catch (e) {
                    json = null; // read as text, and refused as such
                }
            const set = (rows) => this.withText(text, (p, n) => this.x.gw_set(this.frame, v, p, n, rows));
            return json ? this.withJson(json, set) : set(0);
        }
        // Calls fn(ptr) with the JSON value node (see readJsonCase) in the module's memory, as
        // the rows of guide_web.c's gw_json: the value at row 0, an array's elements and an
        // object's members in consecutive rows, then the strings' bytes.
        withJson(node, fn) {
            const rows = [node];
            for (let k = 0; k < rows.length; k++) // breadth first: each node's kids side by side
                if (rows[k].kids) {
                    rows[k].first = rows.length;
                    for (const kid of rows[k].kids)
                        rows.push(kid);
                }
            const enc = new TextEncoder();
            let size = 32 * rows.length;
            const place = (s) => {
                if (s === undefined)
                    return null;
                const t = { at: size, bytes: enc.encode(s + "\0") };
                size += t.bytes.length;
                return t;
            };
            const texts = rows.map((r) => ({ str: place(r.str), key: place(r.key) }));
            const ptr = this.x.gw_alloc(size);
            if (!ptr)
                throw new Error("out of memory");
            const v = new DataView(this.x.memory.buffer, ptr, size), mem = new Uint8Array(this.x.memory.buffer, ptr, size);
            rows.forEach((r, k) => {
                const o = 32 * k, { str, key } = texts[k];
                v.setInt32(o, r.kind, true);
                v.setUint32(o + 4, r.kids ? r.kids.length : str ? str.bytes.length - 1 : 0, true);
                v.setFloat64(o + 8, r.num || 0, true);
                v.setUint32(o + 16, str ? ptr + str.at : 0, true);
                v.setUint32(o + 20, key ? ptr + key.at : 0, true);
                v.setUint32(o + 24, r.kids ? ptr + 32 * r.first : 0, true);
                [str, key].forEach((t) => t && mem.set(t.bytes, t.at));
            });
            try {
                return fn(ptr);
            } finally {
                this.x.gw_free(ptr);
            }
        }
        // Reads a case file's record (the node readJsonCase made of it, starting on line `line`)
        // as `guidec run` reads it: null when libguide takes it, else { errors: [{field,
        // message}], record } with the error record `guidec run --format json` prints.
        readCase(node, line) {
            if (this.withJson(node, (p) => this.x.gw_read_case(this.frame, p)) === 0)
                return null;
            return { errors: [this.lastError()], record: this.printed(this.x.gw_error_record(this.frame, line)) };
        }
        // Evaluates the case texts[i] (input i; "" unknown) with id (null: none). Returns
        // { errors: [{field, message}], record } when a value is refused, or the case for a
        // constraint it breaks (record: the error record `guidec run --format json` prints),
        // else { result(trace, labels) } printing the evaluated case as `guidec run --format
        // json [--trace] [--labels]` does.
        evaluate(texts, id) {
            const x = this.x;
            x.gw_clear(this.frame, this.trace);
            this.withText(id === null ? "" : id, (p, n) => x.gw_set_id(this.frame, p, n, id === null ? 0 : 1));
            const errors = [];
            let first = null;
            texts.forEach((text, v) => {
                if (text !== "" && this.setText(v, text) < 0) {
                    errors.push(this.lastError());
                    if (first === null)
                        first = this.printed(x.gw_error_record(this.frame, 1));
                }
            });
            if (!errors.length && x.gw_check(this.frame) < 0) {
                errors.push(this.lastError());
                first = this.printed(x.gw_error_record(this.frame, 1));
            }
            if (errors.length)
                return { errors, record: first };
            if (this.evalFrame(this.frame, this.trace) !== 0)
                throw new Error("the compiled rules reject an input value the reader took");
            // a constraint on a derived value is checked once evaluation has computed it
            if (x.gw_check_evaluated(this.frame) < 0)
                return { errors: [this.lastError()], record: this.printed(x.gw_error_record(this.frame, 1)) };
            return {
                errors: [],
                result: (trace, labels) => this.printed(x.gw_result(this.frame, this.trace, trace, labels)),
            };
        }
    }

    async function loadEngine() {
        let exports = null;
        const imports = { wasi_snapshot_preview1: wasiImports(() => exports.memory) };
        const { instance } = await WebAssembly.instantiate(bytesOfBase64(GUIDE_WASM), imports);
        exports = instance.exports;
        exports._initialize();
        return new Engine(exports);
    }

    // ---- Case files ---------------------------------------------------------------------------

    // What a JSON value is, as rt_given_kind numbers it (runtime/case_value.h).
    const J = { null: 0, true: 1, false: 2, number: 3, string: 4, array: 5, object: 6 };

    // Reads text as one JSON value, refusing (an Error with the page's own message) what jansson
    // refuses where JSON.parse does not: a string holding U+0000 or half of a surrogate pair, an
    // integer beyond 64 bits, a number too large for a double, nesting deeper than 2048, and a
    // key twice in an object when rejectDuplicates (as the case reader asks). Returns the value
    // as nodes { kind (J), num, str, kids }, an object's members in the text's order, each with
    // its key.
    function readJson(text, rejectDuplicates) {
        JSON.parse(text); // throws on invalid JSON: the rest reads valid JSON
        let i = 0, depth = 0;
        const blanks = () => {
            while (i < text.length && " \t\n\r".includes(text[i]))
                i++;
        };
        const string = () => {
            const start = i++;
            while (text[i] !== '"')
                i += text[i] === "\\" ? 2 : 1;
            const s = JSON.parse(text.slice(start, ++i));
            if (s.includes("\0"))
                throw new Error("a string holds a \\u0000 (NUL) character");
            if (/\p{Cs}/u.test(s))
                throw new Error("a string holds half of a UTF-16 surrogate pair");
            return s;
        };
        const number = () => {
            const m = /-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?/y;
            m.lastIndex = i;
            const tok = m.exec(text)[0], integer = !/[.eE]/.test(tok);
            i += tok.length;
            if (integer && (BigInt(tok) >= 2n ** 63n || BigInt(tok) < -(2n ** 63n)))
                throw new Error("a number too large to read (" + tok + ")");
            const num = Number(tok);
            if (!isFinite(num))
                throw new Error("a number too large to read (" + tok + ")");
            return { kind: J.number, num: integer && num === 0 ? 0 : num }; // jansson: "-0" is 0
        };
        const value = () => {
            blanks();
            const c = text[i];
            if (c === '"')
                return { kind: J.string, str: string() };
            if (c !== "{" && c !== "[") {
                for (const word of ["true", "false", "null"])
                    if (text.startsWith(word, i)) {
                        i += word.length;
                        return { kind: J[word] };
                    }
                return number();
            }
            if (++depth > 2048)
                throw new Error("nesting deeper than 2048 arrays and objects");
            i++;
            const node = { kind: c === "{" ? J.object : J.array, kids: [] }, keys = new Set();
            blanks();
            if (text[i] === (c === "{" ? "}" : "]"))
                i++;
            else
                for (;;) {
                    let key;
                    if (c === "{") {
                        blanks();
                        key = string();
                        if (rejectDuplicates && keys.has(key))
                            throw new Error("the key " + JSON.stringify(key) + " is given twice");
                        keys.add(key);
                        blanks();
                        i++; // the colon
                    }
                    const kid = value();
                    if (key !== undefined)
                        kid.key = key;
                    node.kids.push(kid);
                    blanks();
                    if (text[i++] !== ",")
                        break; // the closing bracket
                }
            depth--;
            return node;
        };
        return value();
    }

    // A case file's bytes (or text) as `guidec run` reads them: UTF-8 (a byte-order mark
    // skipped), one JSON value. Returns { node (readJson's), line: the line it starts on }.
    function readJsonCase(data) {
        let text = data;
        if (typeof data !== "string")
            try {
                text = new TextDecoder("utf-8", { fatal: true }).decode(data);
            } catch (e) {
                throw new Error("the file is not UTF-8 text");
            }
        text = text.replace(/^\uFEFF/, "");
        const node = readJson(text, true);
        return { node, line: text.match(/^[ \t\n\r]*/)[0].split("\n").length };
    }

    // ---- Names and values for people -----------------------------------------------------------

    const inputs = RS.inputs, outputsInfo = {};
    RS.outputs.forEach((o) => (outputsInfo[o.name] = o));
    const inputIndex = {};
    inputs.forEach((v, i) => (inputIndex[v.name] = i));

    function el(tag, attrs, ...kids) {
        const e = document.createElement(tag);
        for (const k in attrs || {}) {
            if (k === "class")
                e.className = attrs[k];
            else if (k === "text")
                e.textContent = attrs[k];
            else
                e.setAttribute(k, attrs[k]);
        }
        kids.forEach((k) => k !== null && k !== undefined && e.append(k));
        return e;
    }

    function labelDisplay(v, label) {
        const l = (v.labels || []).find((p) => p[0] === label);
        return l && l[1] ? l[1] : label;
    }

    function varDisplay(v) {
        return v.display || v.name;
    }

    // A value of output or input v as JSON gives it, for people.
    function valueText(v, value) {
        if (value === null || value === undefined)
            return "no value (ND)";
        if (typeof value === "object" && !Array.isArray(value) && value.state)
            return value.state;
        if (v && v.type === "set" && Array.isArray(value))
            return value.length ? value.map((l) => labelDisplay(v, l)).join(", ") : "none";
        if (v && v.type === "range" && Array.isArray(value))
            return "[" + value.join(", ") + "]" + (v.unit ? " " + v.unit : "");
        if (Array.isArray(value))
            return value.map((x) => valueText(v, x)).join(", ");
        if (v && v.type === "enum")
            return labelDisplay(v, value);
        if (typeof value === "boolean")
            return value ? "yes" : "no";
        return String(value) + (v && v.unit ? " " + v.unit : "");
    }

    function rangeText(v) {
        if (v.lo === null && v.hi === null)
            return "";
        const lo = v.lo === null ? "−∞" : v.lo, hi = v.hi === null ? "+∞" : v.hi;
        return "[" + lo + ", " + hi + "]";
    }

    // ---- The form -------------------------------------------------------------------------------

    function fieldId(name) {
        return "in-" + name;
    }

    function hintText(v) {
        const parts = [];
        if (v.type === "number" || v.type === "integer" || v.type === "list") {
            if (v.unit)
                parts.push("in " + v.unit + (v.unit_desc ? " (" + v.unit_desc + ")" : ""));
            if (v.units && v.units.length > 1)
                parts.push("or " + v.units.filter((u) => u !== v.unit).join(", ") + ' ("35 mm")');
            const r = rangeText(v);
            if (r)
                parts.push(r);
            if (v.step)
                parts.push("step " + v.step);
            if (v.type === "integer")
                parts.push("whole number");
            if (v.type === "list")
                parts.push("numbers separated by ;");
        }
        return parts.join(" · ");
    }

    function control(v) {
        const id = fieldId(v.name);
        if (v.type === "enum" || v.type === "bool") {
            const s = el("select", { id, name: v.name });
            s.append(el("option", { value: "", text: "— unknown —" }));
            const labels = v.type === "bool" ? [["true", "yes"], ["false", "no"]] : v.labels;
            labels.forEach(([name, display]) =>
                s.append(el("option", { value: name, text: display && display !== name ? display + " (" + name + ")" : name })));
            return s;
        }
        return el("input", {
            id, name: v.name, type: "text", autocomplete: "off", spellcheck: "false",
            inputmode: v.type === "list" || (v.units && v.units.length > 1) ? "text" : "decimal",
            placeholder: "unknown",
        });
    }

    function buildForm() {
        const form = $("form");
        const idField = el("div", { class: "field" },
            el("label", { for: "case-id" }, el("span", { class: "display", text: "Case identifier" }), " ", el("code", { text: "id" })),
            el("input", { id: "case-id", name: "id", type: "text", autocomplete: "off", placeholder: "none" }));
        form.append(idField);
        inputs.forEach((v) => {
            const hint = hintText(v), id = fieldId(v.name);
            const f = el("div", { class: "field", id: "field-" + v.name },
                el("label", { for: id }, el("span", { class: "display", text: varDisplay(v) }), " ", el("code", { text: v.name })),
                control(v),
                hint ? el("p", { class: "hint", id: id + "-hint", text: hint }) : null,
                el("p", { class: "error", id: id + "-error", role: "alert" }),
                el("p", { class: "ask", id: id + "-ask" }));
            const c = f.querySelector("#" + CSS.escape(id));
            c.setAttribute("aria-describedby", [hint ? id + "-hint" : "", id + "-error", id + "-ask"].filter(Boolean).join(" "));
            form.append(f);
        });
        form.addEventListener("input", schedule);
        form.addEventListener("change", schedule);
        form.addEventListener("submit", (e) => e.preventDefault());
    }

    function formTexts() {
        return inputs.map((v) => $(fieldId(v.name)).value.trim());
    }

    // The case's id: the field's text trimmed (null when empty: no id), or the opened file's id
    // exactly while the field shows it (a text field drops line breaks; "" is an id in a file).
    let fileId = null;

    function setCaseId(id) {
        $("case-id").value = id === null ? "" : id;
        fileId = id === null ? null : { exact: id, shown: $("case-id").value };
    }

    function caseId() {
        const text = $("case-id").value;
        if (fileId && text === fileId.shown)
            return fileId.exact;
        return text.trim() || null;
    }

    // The text of a field that reads back to the value node holds (a value libguide took).
    function fieldText(node) {
        switch (node.kind) {
        case J.true: return "true";
        case J.false: return "false";
        case J.number: return String(node.num);
        case J.string: return node.str;
        case J.array: return node.kids.length ? node.kids.map(fieldText).join("; ") : "[]";
        default: return "";
        }
    }

    // Fills the form from a case file's record that libguide took (readJsonCase's node), or
    // empties it (null).
    function fillForm(node) {
        const members = node ? node.kids : [];
        const id = members.find((m) => m.key === "id");
        setCaseId(id && id.kind === J.string ? id.str : null);
        inputs.forEach((v) => ($(fieldId(v.name)).value = ""));
        members.forEach((m) => m.key !== "id" && ($(fieldId(m.key)).value = fieldText(m)));
    }

    function jsonOrText(text) {
        try {
            return JSON.parse(text);
        } catch (e) {
            return text;
        }
    }

    // The case of the form as a case file holds it (unknown inputs left out).
    function formCase() {
        const c = {};
        const id = caseId();
        if (id !== null)
            c.id = id;
        inputs.forEach((v) => {
            const text = $(fieldId(v.name)).value.trim();
            if (text === "")
                return;
            if (v.type === "bool")
                c[v.name] = text === "true" ? true : text === "false" ? false : text;
            else if (v.type === "list" && text.startsWith("["))
                c[v.name] = jsonOrText(text);
            else if (v.type === "list")
                c[v.name] = text.split(";").map((s) => s.trim()).map((s) => (isFinite(s) && s !== "" ? Number(s) : s));
            else if ((v.type === "number" || v.type === "integer") && isFinite(text))
                c[v.name] = Number(text);
            else
                c[v.name] = text;
        });
        return c;
    }

    // ---- Results --------------------------------------------------------------------------------

    // For each output event of the trace, the rules and rows considered since the one before
    // (a table concludes several outputs at once): { fired: those that fired or matched,
    // open: those whose condition is undetermined, one of which gives an answer the walk of the
    // decision diagram found the same whatever the unknown inputs are }.
    function clausesBefore(trace) {
        const by = {};
        let since = { fired: [], open: [] }, pending = false;
        for (const e of trace) {
            if (e.output) {
                pending = true;
                by[e.output] = since;
            } else {
                if (pending) {
                    since = { fired: [], open: [] };
                    pending = false;
                }
                if (e.status === "fired" || e.status === "matched")
                    since.fired.push(e);
                else if (e.status === "undetermined")
                    since.open.push(e);
            }
        }
        return by;
    }

    function clauseName(e) {
        if (e.rule)
            return "rule " + e.rule;
        return "table " + e.table + ", row " + e.row + (e.column ? ", column " + e.column : "");
    }

    function citation(e) {
        const c = el("span", { class: "cite" }, el("span", { class: "where", text: e.cite }), " — " + clauseName(e) + ", line " + e.line);
        if (e.reading)
            c.append(" ", el("span", { class: "reading", text: "reading " + e.reading.number }));
        return c;
    }

    function inputNames(names) {
        return names.map((n) => (n in inputIndex ? varDisplay(inputs[inputIndex[n]]) + " (" + n + ")" : n)).join(", ");
    }

    function renderDecisions(r, concluded) {
        const box = $("decisions");
        box.replaceChildren();
        const names = Object.keys(r.outputs || {});
        if (!names.length)
            box.append(el("p", { class: "none", text: "No decision yet." }));
        const list = el("dl", { class: "decisions" });
        names.forEach((name) => {
            const info = outputsInfo[name];
            const dd = el("dd", {}, el("strong", { class: "value", text: valueText(info, r.outputs[name]) }));
            const ev = r.decided[name], clauses = concluded[name] || { fired: [], open: [] };
            // decided by the diagram's walk: the clauses left open, each giving this answer or not holding
            const byWalk = ev && ev.decided === "search" && !clauses.fired.length;
            const cites = (byWalk ? clauses.open : clauses.fired).map(citation);
            if (cites.length)
                dd.append(el("div", { class: "cites" }, byWalk ? el("span", { class: "one-of", text: "rules and rows left open: " }) : null, ...cites));
            if (ev && ev.without && ev.without.length)
                dd.append(el("div", { class: "without", text: "decided without: " + inputNames(ev.without) }));
            list.append(el("div", { class: "item" }, el("dt", {}, varDisplay(info), " ", el("code", { text: name })), dd));
        });
        box.append(list);
        if (r.conflicts && r.conflicts.length)
            box.append(el("p", { class: "conflict", role: "alert", text: "Conflict: rules conclude different values for " + r.conflicts.join(", ") }));
    }

    // "Ask for: X (decides 12), Y (3)": every input some undetermined output asks for, the
    // one that decides most first.
    function askSummary(asked) {
        const names = Object.keys(asked).sort((a, b) => asked[b].length - asked[a].length || inputIndex[a] - inputIndex[b]);
        const p = el("p", { class: "ask-summary" });
        if (!names.length)
            return p;
        p.append(el("span", { class: "ask-h", text: "Ask for: " }));
        names.forEach((n, k) => p.append(k ? ", " : "", (n in inputIndex ? varDisplay(inputs[inputIndex[n]]) : n) +
            " (" + asked[n].length + ")"));
        p.append(el("span", { class: "ask-note", text: " — each decides that many undetermined outputs." }));
        return p;
    }

    function renderUndetermined(r) {
        const box = $("undetermined");
        box.replaceChildren();
        const und = r.undetermined || {};
        const names = Object.keys(und);
        const asked = {};
        if (!names.length)
            box.append(el("p", { class: "none", text: "Nothing is undetermined." }));
        const list = el("dl", { class: "undetermined" });
        names.forEach((name) => {
            const info = outputsInfo[name];
            const possible = ((r.possible || {})[name] || []).map((p) => valueText(info, p));
            const dd = el("dd", {}, el("div", { class: "possible", text: "possible: " + possible.join(" or ") }));
            const ask = el("div", { class: "ask-for" }, "ask for: ");
            und[name].forEach((input, k) => {
                (asked[input] = asked[input] || []).push(name);
                const a = el("a", { href: "#" + fieldId(input), text: input in inputIndex ? varDisplay(inputs[inputIndex[input]]) : input });
                a.addEventListener("click", (e) => {
                    e.preventDefault();
                    $(fieldId(input)).focus();
                });
                ask.append(k ? ", " : "", a);
            });
            dd.append(ask);
            list.append(el("div", { class: "item" }, el("dt", {}, varDisplay(info), " ", el("code", { text: name })), dd));
        });
        box.prepend(askSummary(asked));
        box.append(list);
        // The fields that would decide something are highlighted, with what they decide.
        inputs.forEach((v) => {
            const f = $("field-" + v.name), note = $(fieldId(v.name) + "-ask");
            const outs = asked[v.name];
            f.classList.toggle("asked", !!outs);
            note.textContent = outs ? "would decide: " + outs.map((o) => varDisplay(outputsInfo[o])).join(", ") : "";
        });
        const na = r.not_applicable || [];
        $("not-applicable").textContent = na.length ? na.map((n) => varDisplay(outputsInfo[n])).join(" · ") : "none";
    }

    function valuesText(values) {
        return Object.keys(values || {}).map((k) => {
            const v = values[k];
            return k + " = " + (v === null ? "unknown" : typeof v === "object" ? JSON.stringify(v) : String(v));
        }).join(", ");
    }

    function renderTrace(r) {
        const onlyFired = $("trace-fired").checked;
        const body = el("tbody");
        for (const e of r.trace || []) {
            if (e.output || e.derived)
                continue;
            if (onlyFired && e.status !== "fired" && e.status !== "matched")
                continue;
            const kind = e.reading ? el("span", { class: "reading", title: e.reading.text, text: "reading " + e.reading.number })
                : el("span", { class: "quotation", text: "quotation" });
            body.append(el("tr", { class: "st-" + e.status.replace(/ /g, "-") },
                el("td", { text: e.status }),
                el("td", {}, clauseName(e), e.cells ? el("div", { class: "cells", text: e.cells }) : null),
                el("td", {}, kind, e.reading ? el("div", { class: "reading-text", text: e.reading.text }) : null),
                el("td", { text: e.cite }),
                el("td", { class: "values", text: valuesText(e.values) })));
        }
        const table = el("table", { class: "trace" },
            el("caption", { text: "Every rule and table row considered, with the values it read. A quotation follows the guideline's words; a reading is an interpretation the rule file states." }),
            el("thead", {}, el("tr", {}, ...["status", "rule or row", "quotation or reading", "citation", "values read"].map((h) => el("th", { scope: "col", text: h })))),
            body);
        $("trace").replaceChildren(table);
    }

    let engine = null, last = null, pending = null;

    // One evaluation for the changes of one task (a pasted case changes many fields at once).
    function schedule() {
        if (!pending)
            pending = new Promise((resolve) => setTimeout(() => {
                pending = null;
                try {
                    update();
                } catch (e) {
                    $("status").textContent = "The case could not be evaluated: " + e.message;
                    $("status").className = "status bad";
                } finally {
                    resolve();
                }
            }, 0));
        return pending;
    }

    function showErrors(out) {
        inputs.forEach((v) => ($(fieldId(v.name) + "-error").textContent = ""));
        document.querySelectorAll(".field.bad").forEach((f) => f.classList.remove("bad"));
        $("case-id").removeAttribute("aria-invalid");
        inputs.forEach((v) => $(fieldId(v.name)).removeAttribute("aria-invalid"));
        let general = [];
        out.errors.forEach((e) => {
            if (e.field in inputIndex) {
                $(fieldId(e.field) + "-error").textContent = e.message;
                $("field-" + e.field).classList.add("bad");
                $(fieldId(e.field)).setAttribute("aria-invalid", "true");
            } else
                general.push(e.message);
        });
        return general;
    }

    function update() {
        inputs.forEach((v) => $("field-" + v.name).classList.toggle("empty", $(fieldId(v.name)).value.trim() === ""));
        if (!engine)
            return;
        const out = engine.evaluate(formTexts(), caseId());
        const general = showErrors(out);
        if (out.errors.length) {
            showRefused("The case cannot be evaluated: " + out.errors.map((e) => e.message).join("; "), out.record);
            return general;
        }
        const view = JSON.parse(out.result(1, 1));
        view.decided = {};
        (view.trace || []).forEach((e) => e.output && (view.decided[e.output] = e));
        last = { out, view };
        const nd = Object.keys(view.outputs || {}).length, nu = Object.keys(view.undetermined || {}).length;
        $("status").textContent = nd + " decided, " + nu + " undetermined" + (nu ? ": see what to ask for" : "");
        $("status").className = "status";
        renderDecisions(view, clausesBefore(view.trace || []));
        renderUndetermined(view);
        renderTrace(view);
        renderJson();
        return general;
    }

    // No result: the status says why, the JSON view shows record (the error record `guidec run
    // --format json` prints, or "" when there is none to show).
    function showRefused(why, record) {
        last = null;
        $("status").textContent = why;
        $("status").className = "status bad";
        $("json").textContent = record;
        ["decisions", "undetermined", "trace", "not-applicable"].forEach((id) => $(id).replaceChildren());
        document.querySelectorAll(".field.asked").forEach((f) => f.classList.remove("asked"));
        document.querySelectorAll(".field .ask").forEach((p) => (p.textContent = ""));
    }

    // The JSON view: what `guidec run --format json` prints, with --trace and --labels as ticked.
    function renderJson() {
        if (last)
            $("json").textContent = last.out.result($("json-trace").checked ? 1 : 0, $("json-labels").checked ? 1 : 0);
    }

    // ---- Files in and out -------------------------------------------------------------------

    function download(name, text) {
        const a = el("a", { href: URL.createObjectURL(new Blob([text], { type: "application/json" })), download: name });
        document.body.append(a);
        a.click();
        a.remove();
        setTimeout(() => URL.revokeObjectURL(a.href), 1000);
    }

    function caseBaseName() {
        const id = caseId();
        return (id || "case").replace(/[^A-Za-z0-9_.-]+/g, "_");
    }

    // Opens a case file (its bytes, or its text): libguide reads its record as `guidec run` does;
    // the form is filled with a record it takes, and emptied for one it refuses, whose error
    // record is the JSON view.
    function openCase(data, fileName) {
        if (!engine) {
            showRefused(fileName + ": the rules are not loaded yet", "");
            return;
        }
        let rec;
        try {
            rec = readJsonCase(data);
        } catch (e) {
            fillForm(null);
            showErrors({ errors: [] });
            showRefused(fileName + ": not a JSON case that guidec reads: " + e.message, "");
            return;
        }
        const refused = engine.readCase(rec.node, rec.line);
        fillForm(refused ? null : rec.node);
        if (!refused) {
            update();
            return;
        }
        inputs.forEach((v) => $("field-" + v.name).classList.add("empty"));
        showErrors(refused);
        showRefused(fileName + ": " + refused.errors[0].message, refused.record);
    }

    function readFile(file) {
        const r = new FileReader();
        r.onload = () => openCase(r.result, file.name);
        r.readAsArrayBuffer(file);
    }

    function wireFiles() {
        $("file").addEventListener("change", (e) => e.target.files[0] && readFile(e.target.files[0]));
        document.addEventListener("dragover", (e) => {
            e.preventDefault();
            document.body.classList.add("dropping");
        });
        document.addEventListener("dragleave", () => document.body.classList.remove("dropping"));
        document.addEventListener("drop", (e) => {
            e.preventDefault();
            document.body.classList.remove("dropping");
            if (e.dataTransfer.files[0])
                readFile(e.dataTransfer.files[0]);
        });
        $("download-case").addEventListener("click", () => download(caseBaseName() + ".json", JSON.stringify(formCase()) + "\n"));
        $("download-result").addEventListener("click", () => {
            const text = last ? last.out.result(1, 0) : $("json").textContent;
            download(caseBaseName() + ".result.json", text);
        });
        $("print").addEventListener("click", () => window.print());
        $("clear").addEventListener("click", () => {
            fillForm(null);
            update();
        });
        ["json-trace", "json-labels"].forEach((id) => $(id).addEventListener("change", renderJson));
        $("trace-fired").addEventListener("change", () => last && renderTrace(last.view));
    }

    // ---- Start ------------------------------------------------------------------------------

    function start() {
        document.title = (RS.title || RS.name) + " — " + RS.name + " " + (RS.version || "");
        $("ruleset").textContent = RS.name + " " + (RS.version || "") + (RS.source ? " · " + RS.source : "");
        $("sha256").textContent = RS.sha256;
        $("print-ruleset").textContent = RS.name + " " + (RS.version || "") + " · sha256 " + RS.sha256;
        buildForm();
        wireFiles();
        window.guidePage = {
            ready: loadEngine().then((e) => {
                engine = e;
                update();
                document.body.classList.add("ready");
            }),
            open: openCase,
            update,
            // resolves once the fields' last changes are evaluated and shown
            settled: () => pending || Promise.resolve(),
        };
        window.guidePage.ready.catch((e) => {
            $("status").textContent = "The rules could not be loaded: " + e.message;
            $("status").className = "status bad";
        });
    }

    start();
})();
