# Installed to /etc/profile.d/ by the image: sets the app's environment for login shells.
# `set -e` here would make every failing command in an interactive shell log the user out.
if [ -z "$APP_HOME" ]; then
    APP_HOME=/opt/app
    export APP_HOME
fi
if [ -d "$APP_HOME/bin" ]; then
    PATH="$APP_HOME/bin:$PATH"
fi
[ -r "$APP_HOME/.env" ] && . "$APP_HOME/.env"
export PATH
