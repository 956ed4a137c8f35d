"""Citizens' questions and answers (hỏi đáp, Điều 4.2c and 11 of the regulation) and feedback
(phản ánh, kiến nghị, Điều 7.10).

Public: `/hoi-dap/` (archive), `/hoi-dap/gui-cau-hoi/`, `/hoi-dap/tra-cuu/`,
`/gop-y/phan-anh-kien-nghi/` (archive and `gui/`); API router in `api.py`.
Back office: `/quan-tri/hoi-dap/` (queue, item, actions), `/quan-tri/hoi-dap/qua-han/`, and the
"Hỏi đáp đã công bố" snippets under the editorial workflow of Điều 15.
Commands: `send_question_reminders` (daily), `purge_personal_data [--dry-run]` (daily).

Privacy choice: the public never sees the asker, not even initials; contact data lives only in
`Question`, visible to the board and the unit handling the item, and every view is logged.
"""
