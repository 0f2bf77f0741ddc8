"""The developer commands behind scripts/tawsiyat.py (cli), apart from the domain in tawsiyat/:
scaffolding pages (scaffold), the build, search and page-weight benchmarks, re-subsetting the
fonts, and the quiet local server the browser tests and benchmarks use."""
