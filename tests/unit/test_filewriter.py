"""The background file writer: every file written, with its line endings, and a failure raised."""
import pytest

from tawsiyat.filewriter import FileWriter


def test_every_file_is_written_once_waited_for(tmp_path):
    files = {f"a/{n}.txt": f"نص {n}\r\n" for n in range(250)}
    writer = FileWriter(tmp_path, files, newline="")
    assert writer.wait() == 250
    assert all((tmp_path / name).read_bytes() == text.encode("utf-8") for name, text in files.items())


def test_a_failed_write_is_raised(tmp_path):
    (tmp_path / "taken").write_text("a file where a folder should be", encoding="utf-8")
    writer = FileWriter(tmp_path, {"taken/x.txt": "x"})
    with pytest.raises(OSError):
        writer.wait()
