"""Infinite scroll plugin."""

import typing

from flask_babel import gettext

from app.plugins import Plugin, PluginInfo

if typing.TYPE_CHECKING:
    from app.plugins import PluginCfg


class SXNGPlugin(Plugin):
    """Automatically loads the next page when scrolling to bottom of the current page."""

    id = "infiniteScroll"

    def __init__(self, plg_cfg: "PluginCfg") -> None:
        super().__init__(plg_cfg)

        self.info = PluginInfo(
            id=self.id,
            name=gettext("Infinite scroll"),
            description=gettext("Loads the next page of results at the bottom of the page"),
            preference_section="ui",
        )
