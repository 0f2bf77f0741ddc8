"""Writing the files a build makes beside its pages: every file, with its line endings."""
from tawsiyat.filewriter import write_files


def test_every_file_is_written_with_its_line_endings(tmp_path):
    files = {f"a/{n}.txt": f"نص {n}\r\n" for n in range(25)} | {"b/c/d.txt": "x\n"}
    assert write_files(tmp_path, files, newline="") == 26
    assert all((tmp_path / name).read_bytes() == text.encode("utf-8") for name, text in files.items())
