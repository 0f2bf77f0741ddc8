"""tawsiyat.yaml_reading reads with libyaml's parser (when PyYAML has it) what PyYAML's pure-Python
safe loader reads, and raises the pure-Python parser's errors, which the checks' advice quotes."""
import pytest
import yaml

from conftest import ROOT
from tawsiyat import datafiles, pages, yaml_reading


def _front_matter(text: str) -> str:
    return text.split("---", 2)[1] if text.startswith("---") else ""


def test_the_fast_loader_is_libyaml_where_pyyaml_has_it():
    assert yaml_reading.FAST_LOADER is (yaml.CSafeLoader if yaml.__with_libyaml__ else yaml.SafeLoader)


def test_every_data_file_and_front_matter_of_the_tree_reads_the_same():
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "data").glob("*.yml"))]
    texts += [_front_matter(p.read_text(encoding="utf-8")) for p in sorted((ROOT / "docs").rglob("*.md"))]
    texts = [t for t in texts if t.strip()]
    assert len(texts) > 10
    for text in texts:
        assert yaml_reading.safe_load(text) == yaml.safe_load(text)


def test_the_data_files_keep_their_lines():
    for rel in (datafiles.VOCABULARY, datafiles.WORDS, datafiles.GLOSSARY):
        data, lines = datafiles.load_yaml(ROOT, rel)
        loader = yaml.SafeLoader((ROOT / rel).read_text(encoding="utf-8"))
        node = loader.get_single_node()
        assert data == loader.construct_document(node)
        assert lines[()] == node.start_mark.line + 1 and len(lines) > 10


@pytest.mark.parametrize("text", ["title: [unclosed\nthemes: x\n", "a: 1\n  b: 2\n", "key: 'open\n"])
def test_errors_are_the_pure_parsers(text):
    with pytest.raises(yaml.YAMLError) as pure:
        yaml.safe_load(text)
    with pytest.raises(yaml.YAMLError) as ours:
        yaml_reading.safe_load(text)
    assert str(ours.value) == str(pure.value)
    with pytest.raises(pages.PageError) as page:
        pages.parse(f"---\n{text}---\n\nbody\n", "x.md", "en")
    assert "invalid YAML front matter" in str(page.value)
