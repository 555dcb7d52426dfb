"""The situation room: a local web app over the archive (``sitroom serve``).

:func:`create_app` builds the FastAPI application over one store; each page is a module under
``views/`` with its JSON twin under ``/api``, its template under ``templates/`` and every asset it needs
under ``static/``, shipped with the package so the app works on a machine with no network.
"""

from sitroom.web.app import create_app

__all__ = ["create_app"]
