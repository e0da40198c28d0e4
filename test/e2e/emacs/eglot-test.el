;;; eglot-test.el --- Emacs + eglot against followup-language-server, in batch mode.
;; Opens a draft, waits for flymake diagnostics from the server, runs the
;; "quickfix" code action on the "Hey" finding, checks the buffer, and exits
;; 0 on success, 1 on failure, printing one RESULT line.
(package-initialize)
(require 'eglot)
(define-derived-mode markdown-mode text-mode "Markdown")
(setq eglot-sync-connect t)
(defun followup-finish (ok msg)
  (princ (format "RESULT %s %s\n" (if ok "pass" "fail") msg))
  (kill-emacs (if ok 0 1)))
(find-file (expand-file-name "dana.md"))
(markdown-mode)
(eglot '(markdown-mode) (cons 'transient default-directory) 'eglot-lsp-server
       (list "node" (getenv "FOLLOWUP_SERVER") "--stdio" "--now" "2026-11-21T09:00") "markdown")
(flymake-start)
(let ((deadline (+ (float-time) 20)))
  (while (and (null (flymake-diagnostics)) (< (float-time) deadline))
    (accept-process-output nil 0.05)))
(let* ((d (seq-find (lambda (d) (string-match-p "\"Hey\" is too casual" (flymake-diagnostic-text d))) (flymake-diagnostics))))
  (unless d (followup-finish nil (format "no too-casual diagnostic among %d" (length (flymake-diagnostics)))))
  (let ((actions (eglot-code-actions (flymake-diagnostic-beg d) (flymake-diagnostic-end d) "quickfix")))
    (unless actions (followup-finish nil "no code actions"))
    (eglot--read-execute-code-action
     (list (seq-find (lambda (a) (string-prefix-p "Replace" (plist-get a :title))) actions))
     (eglot-current-server) "quickfix")))
(goto-char (point-min))
(if (search-forward "Hello Dana," nil t)
    (followup-finish t (format "%d diagnostics" (length (flymake-diagnostics))))
  (followup-finish nil (buffer-string)))
