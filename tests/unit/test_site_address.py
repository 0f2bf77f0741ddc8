"""Which addresses point at the building machine only (tawsiyat.site_address)."""
import pytest

from tawsiyat import site_address


@pytest.mark.parametrize("url", ["http://127.0.0.1:8000/", "http://127.8.9.1/", "http://localhost:8000/x/",
                                 "http://[::1]:8000/", "http://docs.localhost/", "", None, "/"])
def test_loopback_addresses(url):
    assert site_address.loopback(url)


@pytest.mark.parametrize("url", ["https://tawsiyat.github.io/tawsiyat/", "https://example.org/", "http://10.0.0.1/",
                                 "http://128.0.0.1/", "http://localhost.example.org/"])
def test_published_addresses(url):
    assert not site_address.loopback(url)
