"""Calculator plugin."""

import typing

from flask_babel import gettext

from app.plugins import Plugin, PluginInfo

if typing.TYPE_CHECKING:
    from app.plugins import PluginCfg


class SXNGPlugin(Plugin):
    """Parses and solves mathematical expressions."""

    id = "calculator"

    def __init__(self, plg_cfg: "PluginCfg") -> None:
        super().__init__(plg_cfg)

        self.info = PluginInfo(
            id=self.id,
            name=gettext("Calculator"),
            description=gettext("Parses and solves mathematical expressions."),
            preference_section="query",
        )
