-- tests/lsp/nvim_test.lua — `guidec lsp` driven by a real client: Neovim's built-in LSP client,
-- headless, set up by editors/nvim/guide.lua. Opens a copy of tests/lsp/sample.guide, introduces
-- an error and reads its diagnostic (its columns after French text: UTF-16 positions), hovers,
-- goes to a definition, completes labels, lists symbols and formats, checking each answer.
-- Exits 0 when all hold, 1 at the first mismatch. Run by tests/lsp/run.sh (make check-lsp).
-- Uses only APIs of Neovim 0.7 (Debian bookworm's).
local guidec = os.getenv('GUIDEC')
local root = os.getenv('GUIDE_ROOT')
local file = os.getenv('SAMPLE')
local checks = 0

local function fail(msg)
  io.stderr:write('check-lsp: ' .. msg .. '\n')
  vim.cmd('cquit 1')
end

local function check(cond, msg)
  if not cond then
    fail(msg)
  end
  checks = checks + 1
end

-- Count the diagnostics notifications, to wait for the one that answers an edit.
local published = 0
local default_publish = vim.lsp.handlers['textDocument/publishDiagnostics']
vim.lsp.handlers['textDocument/publishDiagnostics'] = function(...)
  published = published + 1
  return default_publish(...)
end

local function wait_published(after, what)
  check(vim.wait(20000, function() return published > after end, 20),
        'no diagnostics were published ' .. what)
end

-- The first reply of the server to a request from the current cursor position.
local function request(method, params)
  local replies, err = vim.lsp.buf_request_sync(0, method, params, 20000)
  check(replies ~= nil, method .. ': no reply (' .. tostring(err) .. ')')
  for _, r in pairs(replies) do
    check(r.err == nil, method .. ': error ' .. vim.inspect(r.err))
    return r.result
  end
  fail(method .. ': no client replied')
end

-- Puts the cursor on the first occurrence of pattern (a Lua plain string) at or after line lnum
-- (1-based), offset bytes into it.
local function cursor_at(text, lnum, offset)
  local lines = vim.api.nvim_buf_get_lines(0, 0, -1, false)
  for i = lnum or 1, #lines do
    local s = lines[i]:find(text, 1, true)
    if s then
      vim.api.nvim_win_set_cursor(0, { i, s - 1 + (offset or 0) })
      return i, s - 1
    end
  end
  fail('the sample has no ' .. text)
end

dofile(root .. '/editors/nvim/guide.lua').setup({ cmd = { guidec, 'lsp' } })
vim.cmd('syntax enable')
vim.cmd('edit ' .. vim.fn.fnameescape(file))
check(vim.bo.filetype == 'guide', 'filetype is ' .. vim.bo.filetype .. ', not guide')
-- editors/vim/syntax/guide.vim, found through the runtimepath the set-up extends.
check(vim.b.current_syntax == 'guide', 'the guide syntax is not loaded')
local function syntax_at(text, offset)
  local l, c = cursor_at(text)
  return vim.fn.synIDattr(vim.fn.synID(l, c + 1 + (offset or 0), 1), 'name')
end
check(syntax_at('rule imagerie') == 'guideDecl', 'rule is not highlighted as a declaration')
check(syntax_at('"§2') == 'guideString', 'a citation is not highlighted as a string')
check(syntax_at('# Le fichier') == 'guideComment', 'a comment is not highlighted as one')
check(syntax_at('[0, 100]', 1) == 'guideNumber', 'a number is not highlighted as one')
check(syntax_at('cm in [0', 0) == 'guideUnit', 'a unit is not highlighted as one')
check(vim.wait(20000, function() return #vim.lsp.buf_get_clients(0) > 0 end, 20), 'guidec lsp did not attach')
wait_published(0, 'on open')
check(#vim.diagnostic.get(0) == 0, 'the sample has diagnostics: ' .. vim.inspect(vim.diagnostic.get(0)))

-- An error after French text: an unknown label on the rule's line, after « », §, — and é.
local lnum, _ = cursor_at('then examens = {scanner}')
local line = vim.api.nvim_buf_get_lines(0, lnum - 1, lnum, false)[1]
local broken = line:gsub('{scanner}', '{scaner}')
local before = published
vim.api.nvim_buf_set_lines(0, lnum - 1, lnum, false, { broken })
wait_published(before, 'after an edit')
check(vim.wait(20000, function() return #vim.diagnostic.get(0) > 0 end, 20), 'no diagnostic for an unknown label')
local d = vim.diagnostic.get(0)[1]
local col = broken:find('scaner', 1, true) - 1
check(d.lnum == lnum - 1 and d.col == col and d.end_col == col + #'scaner',
      string.format('diagnostic at %d:%d-%d, expected %d:%d-%d (byte columns)', d.lnum, d.col, d.end_col,
                    lnum - 1, col, col + #'scaner'))
check(d.severity == vim.diagnostic.severity.ERROR, 'the diagnostic is not an error')
check(d.message:find('scaner', 1, true) ~= nil, 'the message does not name the label: ' .. d.message)
check(d.message:find('hint:', 1, true) ~= nil, 'the message has no hint: ' .. d.message)
before = published
vim.api.nvim_buf_set_lines(0, lnum - 1, lnum, false, { line })
wait_published(before, 'after the fix')
check(vim.wait(20000, function() return #vim.diagnostic.get(0) == 0 end, 20), 'the fixed file still has diagnostics')

-- Hover on a use of an input: its declaration, type, unit and range.
cursor_at('| taille_cm', 1, 3)
local h = request('textDocument/hover', vim.lsp.util.make_position_params())
check(h and h.contents and h.contents.value:find('input taille_cm : cm in [0, 100]', 1, true),
      'hover on taille_cm: ' .. vim.inspect(h))
check(h.contents.value:find('range: [0, 100]', 1, true), 'hover on taille_cm without its range')
-- Hover on a table row: its own citation, with French text.
cursor_at('| -    | -')
h = request('textDocument/hover', vim.lsp.util.make_position_params())
check(h and h.contents.value:find('§1.2 — au-delà', 1, true), 'hover on a row: ' .. vim.inspect(h))
-- Hover on a rule: its citation.
cursor_at('rule imagerie', 1, 6)
h = request('textDocument/hover', vim.lsp.util.make_position_params())
check(h and h.contents.value:find("« scanner »", 1, true), 'hover on a rule: ' .. vim.inspect(h))

-- Definition of a derived value used in a table header, after a multi-byte character.
cursor_at('| site ||', 1, 2)
local def = request('textDocument/definition', vim.lsp.util.make_position_params())
local loc = def[1] or def
local dl = cursor_at('derive site')
check(loc.range.start.line == dl - 1 and loc.range.start.character == #'derive ',
      'definition of site: ' .. vim.inspect(loc))

-- References of localisation: its declaration, the match and the test.
cursor_at('input localisation', 1, 7)
local params = vim.lsp.util.make_position_params()
params.context = { includeDeclaration = true }
local refs = request('textDocument/references', params)
check(#refs == 3, 'references of localisation: ' .. vim.inspect(refs))

-- Completion of labels after `==`: the labels of the variable on the left.
lnum = cursor_at('rule imagerie')
line = vim.api.nvim_buf_get_lines(0, lnum - 1, lnum, false)[1]
local typed = 'rule imagerie when localisation == '
before = published
vim.api.nvim_buf_set_lines(0, lnum - 1, lnum, false, { typed })
wait_published(before, 'after typing a condition')
vim.api.nvim_win_set_cursor(0, { lnum, #typed })
local items = request('textDocument/completion', vim.lsp.util.make_position_params())
items = items.items or items
local labels = {}
for _, it in ipairs(items) do labels[#labels + 1] = it.label end
table.sort(labels)
check(table.concat(labels, ',') == 'colon,estomac,grele', 'completion after ==: ' .. table.concat(labels, ','))
-- and of names at the start of a condition.
typed = 'rule imagerie when ta'
vim.api.nvim_buf_set_lines(0, lnum - 1, lnum, false, { typed })
wait_published(published, 'after typing a name')
vim.api.nvim_win_set_cursor(0, { lnum, #typed })
items = request('textDocument/completion', vim.lsp.util.make_position_params())
items = items.items or items
local names = {}
for _, it in ipairs(items) do names[it.label] = true end
check(names.taille_cm and names.localisation and names.risque and names.site, 'completion of names: ' .. vim.inspect(names))
before = published
vim.api.nvim_buf_set_lines(0, lnum - 1, lnum, false, { line })
wait_published(before, 'after restoring the rule')
check(vim.wait(20000, function() return #vim.diagnostic.get(0) == 0 end, 20), 'the restored file has diagnostics')

-- The outline.
local syms = request('textDocument/documentSymbol', { textDocument = vim.lsp.util.make_text_document_params() })
local outline = {}
for _, s in ipairs(syms) do outline[#outline + 1] = s.name end
check(table.concat(outline, ',') == 'localisation,taille_cm,rupture,risque,examens,site,risque,imagerie,estomac, 3 cm',
      'document symbols: ' .. table.concat(outline, ','))

-- Formatting: the buffer becomes what `guidec fmt` prints for the file.
local want = vim.fn.system({ guidec, 'fmt', file })
check(vim.v.shell_error == 0, 'guidec fmt failed: ' .. want)
vim.lsp.buf.formatting_sync(nil, 20000)
local got = table.concat(vim.api.nvim_buf_get_lines(0, 0, -1, false), '\n') .. '\n'
check(got == want, 'formatted buffer differs from guidec fmt:\n' .. got)

io.stdout:write(string.format('check-lsp: Neovim %s and guidec lsp: %d checks passed\n',
                              tostring(vim.version().major .. '.' .. vim.version().minor .. '.' .. vim.version().patch), checks))
vim.cmd('qall!')
