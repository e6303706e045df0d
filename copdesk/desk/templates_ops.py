"""Templates: the built-in ones and the community file's own."""

from __future__ import annotations

from typing import TYPE_CHECKING

from copdesk.core.errors import NotFound

if TYPE_CHECKING:
    from copdesk.core.templates import Template
    from copdesk.desk.desk import Desk


class TemplateOps:
    def templates(self: Desk) -> list[Template]:
        from copdesk.store.template_files import builtin_templates

        return list(builtin_templates().values())

    def template(self: Desk, template_id: str) -> Template:
        for t in self.templates():
            if t.id == template_id:
                return t
        raise NotFound(f"There is no template “{template_id}”. Run “copdesk templates” to list them.")
