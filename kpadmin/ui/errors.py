"""Turn a failed Stripe call into text a shop owner understands.

The gateway raises :class:`kpadmin.stripe_api.GatewayError` with a stable
``kind`` and Stripe's own ``message``; it holds no UI text. This module is the
one place that maps ``kind`` to a translated sentence (or, when kpadmin knows
Stripe's ``code``/``decline_code``, the sentence for that code from
:mod:`kpadmin.ui.error_codes`), appends Stripe's English message and code as
details, and the request id (support asks for it), and adds the
"may have been saved" warning when a write failed in a way that may still
have happened (``maybe_committed``).

Usage::

    except GatewayError as exc:
        label.setText(error_html(exc))      # rich text, request id selectable
    # or for one line (status bar):
    status_bar.showMessage(error_text(exc))

``field_for(exc)`` says which form field the error belongs to (Stripe's
``param``, e.g. ``email`` or ``metadata[key]``) so dialogs can show it next to
that field.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication

from kpadmin.ui.error_codes import code_label, code_sentence


def kind_sentence(kind: str) -> str:
    """The translated sentence for an error kind (GatewayError.kind)."""
    sentences = {
        "auth": QCoreApplication.translate(
            "errors", "Stripe did not accept this API key. Check it or connect the account again."
        ),
        "permission": QCoreApplication.translate(
            "errors", "This key is not allowed to do that. A restricted key needs more permissions."
        ),
        "invalid": QCoreApplication.translate("errors", "Stripe refused the request."),
        "not_found": QCoreApplication.translate(
            "errors", "Stripe could not find this object. It may have been deleted."
        ),
        "card": QCoreApplication.translate("errors", "The payment was declined."),
        "rate_limit": QCoreApplication.translate(
            "errors", "Too many requests to Stripe right now. Wait a moment and try again."
        ),
        "idempotency": QCoreApplication.translate(
            "errors",
            "This action was already sent with different details. Close the dialog and start again.",
        ),
        "network": QCoreApplication.translate(
            "errors", "Could not reach Stripe. Check the internet connection and try again."
        ),
        "server": QCoreApplication.translate(
            "errors", "Stripe had a problem answering. Try again in a moment."
        ),
        "cancelled": QCoreApplication.translate("errors", "The request was cancelled."),
    }
    return sentences.get(kind, QCoreApplication.translate("errors", "Something went wrong."))


def maybe_committed_sentence() -> str:
    return QCoreApplication.translate(
        "errors", "This change may have been saved. Refresh to check before trying again."
    )


def _parts(exc: BaseException) -> tuple[str, str, str, str, bool]:
    """(sentence, Stripe's message, Stripe's codes, request id, maybe committed)."""
    kind = getattr(exc, "kind", None)
    if kind is None:
        sentence = QCoreApplication.translate("errors", "Something went wrong.")
        return sentence, str(exc), "", "", False
    message = getattr(exc, "message", "") or ""
    request_id = getattr(exc, "request_id", "") or ""
    code = getattr(exc, "code", None)
    decline = getattr(exc, "decline_code", None)
    sentence = code_sentence(code, decline) or kind_sentence(kind)
    maybe = bool(getattr(exc, "maybe_committed", False))
    return sentence, message, code_label(code, decline), request_id, maybe


def error_text(exc: BaseException) -> str:
    """One line: sentence, Stripe's message, request id (for the status bar and logs)."""
    sentence, message, codes, request_id, maybe = _parts(exc)
    pieces = [sentence]
    if message and message != sentence:
        pieces.append(message)
    if codes:
        pieces.append(f"({codes})")
    if maybe:
        pieces.append(maybe_committed_sentence())
    if request_id:
        pieces.append(
            QCoreApplication.translate("errors", "Request ID: %1").replace("%1", request_id)
        )
    return " ".join(pieces)


def error_html(exc: BaseException) -> str:
    """Rich text for a QLabel (use TextSelectableByMouse so the request id can be copied)."""
    import html  # html.entities (~10 ms) is not for the first frame

    sentence, message, codes, request_id, maybe = _parts(exc)
    lines = [f"<b>{html.escape(sentence)}</b>"]
    details = []
    if message and message != sentence:
        details.append(f"<i>{html.escape(message)}</i>")
    if codes:
        details.append(f"<code>{html.escape(codes)}</code>")
    if details:
        lines.append(" ".join(details))
    if maybe:
        lines.append(f"<i>{html.escape(maybe_committed_sentence())}</i>")
    if request_id:
        label = html.escape(QCoreApplication.translate("errors", "Request ID: %1")).replace(
            "%1", f"<code>{html.escape(request_id)}</code>"
        )
        lines.append(label)
    return "<br>".join(lines)


def field_for(exc: BaseException) -> str | None:
    """The top-level form field an error belongs to (``metadata[plan]`` -> ``metadata``)."""
    param = getattr(exc, "param", None)
    if not param:
        return None
    return str(param).split("[", 1)[0]


_RAK = re.compile(r"\b(rak_[a-z_]+)\b")


def missing_permission(exc: BaseException) -> str | None:
    """The restricted-key permission Stripe says is missing (``rak_customer_read``), if any."""
    if getattr(exc, "kind", None) != "permission":
        return None
    match = _RAK.search(getattr(exc, "message", "") or "")
    return match.group(1) if match else None
