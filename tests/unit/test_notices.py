"""The notices of an English page: unofficial always; "not yet translated" before its first
stamp (right after `new`); "may be out of date" when the Arabic changed since."""
import pytest

from tawsiyat import notices
from tawsiyat.pages import Page

EXTENSIONS = ["toc", "attr_list", "md_in_html", "tables", "admonition", "pymdownx.superfences"]

AR = Page("recommendations/03.md", "ar", {"paragraph": 3}, "::: paragraph 3\nنص\n:::")


def english(meta=None):
    return Page("recommendations/03.md", "en", {"paragraph": 3, **(meta or {})}, "::: paragraph 3\nText\n:::")


def test_a_page_never_stamped_is_not_yet_translated():
    text = notices.for_page(english(), AR, ["X/1"], "../")
    assert "Unofficial translation" in text and "Not yet translated" in text and "out of date" not in text


def test_a_stamped_page_whose_arabic_changed_is_stale():
    text = notices.for_page(english({"translates": {3: "000000000000"}}), AR, ["X/1"], "../")
    assert "Translation may be out of date" in text and "Not yet translated" not in text


def test_an_up_to_date_page_says_only_unofficial():
    fingerprint = AR.paragraph_blocks[3].fingerprint
    text = notices.for_page(english({"translates": {3: fingerprint}}), AR, ["X/1"], "../")
    assert "Unofficial translation" in text and "warning" not in text


def _in_markdown(markdown: str, notice: str) -> str:
    """Where the notices used to be put: into the page's Markdown, under its H1 or at the top."""
    lines = markdown.split("\n")
    for i, line in enumerate(lines):
        if line.strip():
            if line.startswith("# "):
                return "\n".join(lines[: i + 1]) + "\n\n" + notice + "\n".join(lines[i + 1:])
            break
    return notice + markdown


@pytest.mark.parametrize("page", [
    "# Title\n\nText with a [link](x.md).\n\n## Part\n\nMore.\n",
    "\n\n# Title {: #own }\nText right under it.\n",
    "# Title\n",
    "::: paragraph 3\nText\n:::\n\n# Not the first line\n",
    "Text only.",
    "",
    "#hashtag, no heading\n",
])
def test_a_notice_rendered_apart_lands_where_the_page_s_markdown_would_have_put_it(page):
    import markdown

    def render(text):
        return markdown.Markdown(extensions=EXTENSIONS, extension_configs={"toc": {"permalink": "#"}}).convert(text)

    notice = notices.for_page(english(), AR, ["X/1"], notices.ARABIC_HREF)
    apart = notices.insert_after_title(render(page), render(notice).replace(notices.ARABIC_HREF, "../../x/"),
                                       notices.opens_with_title(page))
    assert apart == render(_in_markdown(page, notice.replace(notices.ARABIC_HREF, "../../x/")))


def test_the_notice_names_the_arabic_version_and_links_the_official_english():
    """Issue 26 §1: the site's Arabic is the official Arabic *version*; the UN's English is official
    too, and one click away (ODS in English); nothing calls the Arabic "the official text"."""
    one = notices.unofficial(["X/1"], "../")
    assert "official Arabic version of United Nations document X/1" in one
    assert 'href="https://undocs.org/en/X/1"' in one and "official English version of X/1" in one
    several = notices.unofficial(["X/1", "Y/2"], "../")
    assert all(f'href="https://undocs.org/en/{s}"' in several for s in ("X/1", "Y/2"))
    for text in (one, several):
        assert "official text" not in text and "Unofficial translation" in text
