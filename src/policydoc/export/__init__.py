"""Exporters: Markdown, tables (CSV/JSONL), the HTML report. They read Documents only."""
