"""What contributed Markdown may contain: a small set of HTML tags and attributes, no script,
no event handlers, no javascript: URLs. Everything else fails the build, naming the file."""
from __future__ import annotations

import re

ALLOWED_TAGS = {
    "a", "abbr", "b", "bdi", "bdo", "blockquote", "br", "caption", "code", "dd", "del", "details",
    "div", "dl", "dt", "em", "figcaption", "figure", "h2", "h3", "h4", "h5", "h6", "hr", "i", "ins",
    "kbd", "li", "mark", "ol", "p", "q", "s", "small", "span", "strong", "sub", "summary", "sup",
    "table", "tbody", "td", "tfoot", "th", "thead", "tr", "u", "ul",
}
ALLOWED_ATTRIBUTES = {"class", "id", "lang", "dir", "href", "title", "hreflang", "markdown", "colspan",
                      "rowspan", "align", "open", "cite", "datetime", "download"}
URL_ATTRIBUTES = {"href", "cite"}
SAFE_SCHEMES = ("http:", "https:", "mailto:")

_FENCE = re.compile(r"^(```|~~~).*?^\1[ \t]*$", re.M | re.S)
_INLINE_CODE = re.compile(r"`[^`\n]*`")
_COMMENT = re.compile(r"<!--.*?-->", re.S)
_TAG = re.compile(r"<\s*(/?)\s*([a-zA-Z][a-zA-Z0-9-]*)((?:[^>\"']|\"[^\"]*\"|'[^']*')*)>")
_ATTR = re.compile(r"([^\s=/>]+)(?:\s*=\s*(\"[^\"]*\"|'[^']*'|[^\s>]+))?")
_MD_LINK_URL = re.compile(r"\]\(\s*<?([^)\s>]+)")
_AUTOLINK = re.compile(r"<([a-zA-Z][a-zA-Z0-9+.-]*:[^>\s]*)>")
_REF_DEF = re.compile(r"^\s{0,3}\[[^\]]+\]:\s*<?(\S+?)>?(?:\s|$)", re.M)


class UnsafeContent(ValueError):
    pass


def _unsafe_url(url: str) -> bool:
    compact = re.sub(r"[\s\x00-\x1f]", "", url).lower()
    scheme = re.match(r"^([a-z][a-z0-9+.-]*):", compact)
    return bool(scheme) and not compact.startswith(SAFE_SCHEMES)


def check(markdown: str) -> None:
    """Raise UnsafeContent describing the first forbidden construct in ``markdown``."""
    text = _INLINE_CODE.sub("", _FENCE.sub("", markdown))
    text = _COMMENT.sub("", text)
    for match in _TAG.finditer(text):
        tag = match.group(2).lower()
        if tag not in ALLOWED_TAGS:
            raise UnsafeContent(f"HTML tag <{tag}> is not allowed (allowed: {', '.join(sorted(ALLOWED_TAGS))})")
        if match.group(1):
            continue
        for name, value in _ATTR.findall(match.group(3)):
            lowered = name.lower()
            if lowered.startswith("on"):
                raise UnsafeContent(f"event-handler attribute '{name}' on <{tag}> is not allowed")
            if lowered not in ALLOWED_ATTRIBUTES:
                raise UnsafeContent(f"attribute '{name}' on <{tag}> is not allowed")
            if lowered in URL_ATTRIBUTES and _unsafe_url(value.strip("\"'")):
                raise UnsafeContent(f"URL '{value.strip(chr(34) + chr(39))}' in <{tag} {name}> is not allowed")
    for pattern in (_MD_LINK_URL, _AUTOLINK, _REF_DEF):
        for url in pattern.findall(text):
            if _unsafe_url(url):
                raise UnsafeContent(f"link URL '{url}' is not allowed (only relative, http, https and mailto links)")


def plain(value: str) -> str | None:
    """Why a front-matter text is not plain text, or None."""
    if "<" in value or ">" in value:
        return "must be plain text (no '<' or '>')"
    return None
