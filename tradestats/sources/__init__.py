"""Where the numbers come from: the UN Comtrade client, its cache of vintages, the readers of
files users download (Comtrade bulk files, China Customs exports) and the area code lists.

Modules (imported on first use; this package imports nothing heavy itself):

- :mod:`~tradestats.sources.comtrade`: the API client (chunks, throttle, retries, resume,
  releases).
- :mod:`~tradestats.sources.cache`: the vintage cache under ``TRADESTATS_CACHE_DIR``.
- :mod:`~tradestats.sources.vintages`: :func:`diff_tables` between two vintages.
- :mod:`~tradestats.sources.readers`: Comtrade bulk files and China Customs exports.
- :mod:`~tradestats.sources.countries`: names and codes of countries and other areas.
"""
