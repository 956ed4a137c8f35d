"""URL names the access matrix leaves out, each group with its reason; the matrix's
completeness test fails on any admin URL name that is neither a row nor listed here."""

from __future__ import annotations

from tests.access_data import CONS, DOCS, PROCS, QS


def _names(prefix: str, *actions: str) -> set[str]:
    return {f"{prefix}:{action}" for action in actions}


_RECORD_STATE = ("workflow_action", "collect_workflow_action_data")
_LOCKING = ("lock", "unlock")
_SNIPPETS = ["wagtailsnippets_core_unit", DOCS, PROCS, QS, CONS]
_VIEWSETS = [
    "delegation",
    "category_assignment",
    "calendar_override",
    "document_type",
    "document_field",
    "service_level",
]

NOT_IN_MATRIX: dict[str, set[str]] = {
    "POST-only state changes, tested in the apps' permission tests (questions, consultations) "
    "and test_staff_access.py / test_staff_actions.py (dossiers)": {
        *_names("questions_admin", "accept", "reject", "merge", "forward", "answer"),
        *_names("questions_admin", "return", "publish", "private_answer"),
        *_names("dossiers_admin", "action", "assign", "advance_step", "apologise"),
        *_names("dossiers_admin", "upload_result"),
        *_names("consultations_admin", "approve", "reject"),
        *_names("dossiers", "supplement", "withdraw", "rate"),
        "consultations:comment",
        "questions:erase",
        "wagtailadmin_dismissibles",
        *_names("wagtailadmin_editing_sessions", "ping", "release"),
        *_names("wagtailadmin_pages", "lock", "unlock", "set_page_position"),
        *{f"{prefix}:{action}" for prefix in [DOCS, PROCS, QS, CONS] for action in _LOCKING},
    },
    "results-only partial of a listing in the matrix (same view class, same checks)": {
        *_names("wagtailadmin_reports", "locked_pages_results", "workflow_results"),
        *_names("wagtailadmin_reports", "workflow_tasks_results", "aging_pages_results"),
        *_names("wagtailadmin_reports", "page_types_usage_results"),
        *{f"{prefix}:list_results" for prefix in _SNIPPETS},
        *{f"{prefix}:history_results" for prefix in _SNIPPETS},
        *{f"{prefix}:index_results" for prefix in _VIEWSETS},
        *{f"{prefix}:history_results" for prefix in _VIEWSETS},
        *_names("wagtailusers_users", "index_results", "history_results"),
        *_names("wagtailusers_groups", "index_results", "history_results"),
        *_names("wagtailsites", "index_results", "history_results"),
        *_names("wagtailredirects", "index_results"),
        *_names("wagtailadmin_workflows", "index_results", "task_index_results", "usage_results"),
        *_names("wagtailimages", "index_results"),
        *_names("wagtaildocs", "index_results"),
        *_names("wagtailforms", "index_results", "list_submissions_results"),
        *_names("wagtailadmin_pages", "search_results", "type_use_results", "history_results"),
        "wagtailadmin_explore_results",
    },
    "choosers and autocompletes opened from edit forms (titles of what may be linked)": {
        *{
            f"wagtailsnippetchoosers_{model}:{action}"
            for model in ("core_unit", "documents_legaldocument", "procedures_procedure")
            + ("questions_publishedquestion", "consultations_consultation")
            for action in ("choose", "choose_results", "chosen", "chosen_multiple", "create")
        },
        *_names("wagtaildocs_chooser", "choose", "choose_results", "chosen", "chosen_multiple"),
        *_names("wagtailimages_chooser", "choose", "choose_results", "chosen", "chosen_multiple"),
        "wagtaildocs_chooser:create",
        *_names("wagtailimages_chooser", "create", "select_format"),
        "wagtailadmin_choose_page",
        "wagtailadmin_choose_page_child",
        "wagtailadmin_choose_page_search",
        "wagtailadmin_choose_page_chosen_multiple",
        "wagtailadmin_choose_page_external_link",
        "wagtailadmin_choose_page_email_link",
        "wagtailadmin_choose_page_phone_link",
        "wagtailadmin_choose_page_anchor_link",
        "wagtailadmin_tag_autocomplete",
        "wagtailadmin_tag_model_autocomplete",
        *_names("wagtailembeds", "chooser", "chooser_upload"),
        *_names("wagtailadmin_workflows", "task_chooser", "task_chooser_results"),
        *_names("wagtailadmin_workflows", "task_chooser_create", "task_chosen"),
        *_names("wagtailadmin_api:pages", "listing", "detail", "find", "action"),
        *_names("wagtailadmin_api:images", "listing", "detail", "find"),
        *_names("wagtailadmin_api:documents", "listing", "detail", "find"),
        "wagtailadmin_block_preview",
    },
    "need a workflow in progress, a given revision or a preview session": {
        *{f"{prefix}:{action}" for prefix in [DOCS, PROCS, QS, CONS] for action in _RECORD_STATE},
        *{f"{prefix}:revisions_unschedule" for prefix in [DOCS, PROCS, QS, CONS]},
        *{f"{prefix}:confirm_workflow_cancellation" for prefix in [DOCS, PROCS, QS, CONS]},
        *{f"{prefix}:workflow_history_detail" for prefix in [DOCS, PROCS, QS, CONS]},
        *_names("wagtailadmin_pages", *_RECORD_STATE, "revisions_unschedule", "revisions_revert"),
        f"{QS}:revisions_revert",
        *_names("wagtailadmin_pages", "confirm_workflow_cancellation", "workflow_preview"),
        *_names("wagtailadmin_pages", "workflow_history_detail", "revisions_view"),
        *_names("wagtailadmin_pages", "preview_on_add", "preview_on_edit"),
        "wagtailsettings:preview_on_edit",
    },
    "other screens of models in the matrix, decided by the same permission policy as their "
    "screens above (usage, copy, unpublish confirmation, bulk actions, Wagtail's own "
    "configuration and media screens, the page tree's other views)": {
        "wagtail_bulk_action",
        "wagtailadmin_pages:convert_alias",
        *{f"{prefix}:{action}" for prefix in _VIEWSETS for action in ("copy", "usage")},
        *_names("wagtailsnippets_core_unit", "copy", "usage"),
        *{f"{prefix}:usage" for prefix in [DOCS, PROCS, CONS]},
        *_names(QS, "copy", "usage", "revisions_compare", "workflow_history", "unpublish"),
        *{f"{prefix}:unpublish" for prefix in [DOCS, PROCS, CONS]},
        *_names("wagtailusers_users", "history", "usage", "copy"),
        *_names("wagtailusers_groups", "add", "delete", "history", "usage"),
        *_names("wagtailsites", "add", "edit", "delete", "history", "usage", "copy"),
        *_names("wagtailadmin_collections", "add", "edit", "delete", "set_privacy"),
        *_names("wagtailadmin_workflows", "add", "edit", "enable", "disable", "usage"),
        *_names("wagtailadmin_workflows", "remove", "add_task", "select_task_type"),
        *_names("wagtailadmin_workflows", "edit_task", "enable_task", "disable_task"),
        *_names("wagtailredirects", "add", "edit", "delete", "start_import", "process_import"),
        *_names("wagtailforms", "index", "list_submissions", "delete_submissions"),
        *_names("wagtailimages", "add", "edit", "delete", "url_generator", "image_usage"),
        *_names("wagtailimages", "url_generator_output", "preview", "add_multiple"),
        *_names("wagtailimages", "edit_multiple", "delete_multiple", "delete_upload_multiple"),
        "wagtailimages:create_multiple_from_uploaded_image",
        *_names("wagtaildocs", "add", "delete", "document_usage", "add_multiple"),
        *_names("wagtaildocs", "edit_multiple", "delete_multiple", "delete_upload_multiple"),
        "wagtaildocs:create_multiple_from_uploaded_document",
        *_names("wagtailadmin_pages", "copy", "delete", "move", "move_confirm", "set_privacy"),
        *_names("wagtailadmin_pages", "history", "revisions_index", "revisions_compare"),
        *_names("wagtailadmin_pages", "usage", "view_draft", "workflow_history"),
        *_names("wagtailadmin_pages", "add_subpage", "choose_parent", "search", "type_use"),
    },
    "every signed-in staff member's own screens, and signing in and out": {
        "wagtailadmin_account",
        "two_factor_setup",
        "two_factor_verify",
        "wagtailadmin_login",
        "wagtailadmin_logout",
        "wagtailadmin_password_reset",
        "wagtailadmin_password_reset_done",
        "wagtailadmin_password_reset_confirm",
        "wagtailadmin_password_reset_complete",
        "wagtailadmin_javascript_catalog",
        "wagtailadmin_sprite",
        "wagtailadmin_error_test",
    },
    "public: short URLs that redirect to the detail URL in the matrix, the page after a "
    "comment (needs one sent in the session), Wagtail's serving and password forms (no "
    "restricted content here), and /api/v1/ itself (no index: the schema documents the API)": {
        "documents:detail_short",
        "procedures:detail_short",
        "questions:detail_short",
        "feedback:detail_short",
        "consultations:detail_short",
        "consultations:sent",
        "wagtail_serve",
        "wagtailcore_login",
        "wagtailcore_authenticate_with_password",
        "wagtaildocs_authenticate_with_password",
        "api_v1:api-root",
    },
}
