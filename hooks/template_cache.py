"""Compile each theme template once per process, not once per language and per rebuild.

Makes: nothing visible. MkDocs makes a new Jinja environment for every build, and static-i18n
builds once per language (``mkdocs serve`` again on every save), so each build compiled the
eighty-odd templates of Material and the overrides anew, and checked every template file's
modification time at each of the forty includes of every page (Jinja's ``auto_reload``).
Here each environment gets (1) a bytecode cache kept in memory for the life of the process: Jinja
keys it on the template's name and the checksum of its source, so a changed template is compiled
again (``serve`` reloads an edited override) and an unchanged one is not; (2) no ``auto_reload``:
the environment lives for one build, in which no template changes.
Priority: default; on_env only sets two attributes of the environment MkDocs made.
"""
from __future__ import annotations

from jinja2 import BytecodeCache

# MkDocs loads a hook module once per process: serve's rebuilds, with a new config, reuse it
_CACHE: dict[str, bytes] = {}


class _MemoryBytecodeCache(BytecodeCache):
    def load_bytecode(self, bucket):
        code = _CACHE.get(bucket.key)
        if code is not None:
            bucket.bytecode_from_string(code)  # discards it when the source's checksum differs

    def dump_bytecode(self, bucket):
        _CACHE[bucket.key] = bucket.bytecode_to_string()


def on_env(env, config, files):
    env.bytecode_cache = _MemoryBytecodeCache()
    env.auto_reload = False
    return env
