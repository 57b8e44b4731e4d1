"""Streamlit glue for sign-in and roles: is OIDC configured, who is signed in, what may they see.

Sign-in is Streamlit's own (`st.login`, configured by an [auth] section in .streamlit/secrets.toml).
Without it the app runs in local demo mode, with the role roles.toml gives [local], and says so.
"""

from __future__ import annotations

from pathlib import Path

import streamlit as st
from streamlit.errors import StreamlitSecretNotFoundError

from kopdash import config as settings
from kopdash.domain import access as access_rules
from kopdash.domain.access import Access
from kopdash.present.i18n import DEFAULT_LANGUAGE, t
from kopdash.store.import_log import Origin


def sign_in_configured() -> bool:
    try:
        return "auth" in st.secrets
    except (FileNotFoundError, StreamlitSecretNotFoundError):
        return False


def load_roles(path: str | Path) -> access_rules.RolesConfig:
    """A roles file, read here at the edge and parsed by the domain; RolesFileError in words."""
    try:
        text = Path(path).read_text(encoding="utf-8")
    except OSError as error:
        raise access_rules.RolesFileError(
            f"berkas peran {path} tidak dapat dibaca: {error.strerror}"
        ) from error
    return access_rules.parse_roles(text)


@st.cache_resource(show_spinner=False)
def _roles(path: str, modified: float) -> access_rules.RolesConfig:
    # `modified` is part of the key only: an edited roles file takes effect on the next page view.
    return load_roles(path)


def current_access() -> Access:
    """The access of whoever runs this session; a broken roles file stops the app (fail closed)."""
    lang = st.session_state.get("lang", DEFAULT_LANGUAGE)
    path = str(settings.roles_file())
    try:
        modified = Path(path).stat().st_mtime if Path(path).exists() else 0.0
        config = _roles(path, modified)
    except access_rules.RolesFileError as error:
        st.error(t("access.roles_broken", lang, reason=str(error)))
        st.stop()
    configured = sign_in_configured()
    # st.user carries is_logged_in only where sign-in ran (AppTest and bare runs have no such key)
    email = st.user.get("email") if configured and st.user.get("is_logged_in") else None
    return access_rules.resolve(config, configured, email if isinstance(email, str) else None)


def writer_origin(where: str) -> Origin:
    """Who writes from the app, and from which of its forms, for the import log: the signed-in
    address, else the role."""
    access = current_access()
    return Origin(f"app: {where}", access.user or f"({access.role})")


def account_box(access: Access, lang: str) -> None:
    """In the sidebar: who this is and with what role; sign in or out; local demo mode said plainly."""
    role = t(f"role.{access.role}", lang)
    regions = ", ".join(sorted(access.regions)) if access.regions else t("access.all_regions", lang)
    if access.local_demo:
        st.sidebar.warning(t("access.local_demo", lang, role=role))
        return
    if access.user is None:
        st.sidebar.caption(t("access.not_signed_in", lang, role=role))
        if st.sidebar.button(t("access.sign_in", lang), key="sign_in"):
            st.login()
        return
    st.sidebar.caption(t("access.signed_in", lang, user=access.user, role=role, regions=regions))
    if st.sidebar.button(t("access.sign_out", lang), key="sign_out"):
        st.logout()


def units_hidden_note(lang: str) -> None:
    """Where a list would be: why it is not shown to this person."""
    st.info(t("access.units_hidden", lang))
