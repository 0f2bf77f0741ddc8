"""The address a build writes into citations, data files, canonical links and the sitemap.

The published address is ``site_url`` in mkdocs.yml. A build whose address is a loopback one
(127.0.0.0/8, ::1, localhost) writes links that work only on the machine that built it: whoever
publishes it would hand readers dead links. ``mkdocs serve`` puts its own local address in place
of site_url, so there a loopback address is expected."""
from __future__ import annotations

import ipaddress
from urllib.parse import urlsplit


def loopback(url: str | None) -> bool:
    """Whether ``url`` points at this machine only (no address counts as one: links would be relative
    to nothing a reader can reach)."""
    host = (urlsplit(url or "").hostname or "").lower()
    if not host or host == "localhost" or host.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def warning(url: str | None) -> str:
    return (f"site_url is {url or 'not set'}, a loopback address: every citation, data file, canonical "
            "link and the sitemap of this build point at the machine that built it. Set site_url in "
            "mkdocs.yml (or the SITE_URL variable) to the address the site is published at; "
            "`mkdocs serve` uses its own local address anyway.")
