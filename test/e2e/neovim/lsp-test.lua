-- Neovim's built-in LSP client against followup-language-server, headless.
-- Opens a draft, waits for the diagnostics, asks for the code actions on the
-- "Hey" finding, applies the preferred fix, and checks the buffer and the
-- re-published diagnostics. Prints one RESULT line and exits 0 (pass) or 1.
local server = assert(os.getenv('FOLLOWUP_SERVER'), 'FOLLOWUP_SERVER not set')
local bufnr = vim.api.nvim_get_current_buf()
vim.bo.filetype = 'markdown'

local function finish(ok, msg)
  io.stdout:write((ok and 'RESULT pass ' or 'RESULT fail ') .. msg .. '\n')
  vim.cmd(ok and 'qall!' or 'cquit 1')
end

local id = vim.lsp.start_client({
  name = 'followup',
  cmd = { 'node', server, '--stdio', '--now', '2026-11-21T09:00' },
  root_dir = vim.fn.getcwd(),
  settings = { followup = {} },
})
if not id then return finish(false, 'client did not start') end
vim.lsp.buf_attach_client(bufnr, id)

local function ours() return vim.diagnostic.get(bufnr) end
if not vim.wait(15000, function() return #ours() > 0 end, 20) then return finish(false, 'no diagnostics') end

local hey
for _, d in ipairs(ours()) do
  if d.code == 'too-casual' and d.lnum == 8 then hey = d end
end
if not hey then return finish(false, 'no too-casual diagnostic on line 9') end
if hey.source ~= 'followup' then return finish(false, 'unexpected source ' .. tostring(hey.source)) end

-- Neovim 0.7 keeps only code/data in user_data; rebuild the LSP diagnostic for the request.
local lspd = {
  range = { start = { line = hey.lnum, character = hey.col }, ['end'] = { line = hey.end_lnum, character = hey.end_col } },
  message = hey.message, code = hey.code, source = hey.source, severity = hey.severity,
  data = hey.user_data and hey.user_data.lsp and hey.user_data.lsp.data or nil,
}
local res = vim.lsp.buf_request_sync(bufnr, 'textDocument/codeAction', {
  textDocument = vim.lsp.util.make_text_document_params(bufnr),
  range = lspd.range,
  context = { diagnostics = { lspd } },
}, 10000)
local applied = false
local titles = {}
for cid, r in pairs(res or {}) do
  for _, a in ipairs(r.result or {}) do
    table.insert(titles, a.title)
    if a.isPreferred and a.edit and not applied then
      vim.lsp.util.apply_workspace_edit(a.edit, vim.lsp.get_client_by_id(cid).offset_encoding or 'utf-16')
      applied = true
    end
  end
end
if not applied then return finish(false, 'no preferred code action among: ' .. table.concat(titles, ' | ')) end

local line = vim.api.nvim_buf_get_lines(bufnr, 8, 9, false)[1]
if line ~= 'Hello Dana,' then return finish(false, 'line 9 is "' .. tostring(line) .. '"') end

-- The server re-checks the edited buffer: the greeting finding goes, the others stay.
local gone = vim.wait(15000, function()
  for _, d in ipairs(ours()) do if d.code == 'too-casual' and d.lnum == 8 then return false end end
  return #ours() > 0
end, 20)
if not gone then return finish(false, 'the fixed finding was still reported') end
finish(true, #ours() .. ' diagnostics left; actions: ' .. table.concat(titles, ' | '))
