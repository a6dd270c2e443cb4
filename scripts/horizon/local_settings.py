# Horizon's settings for `make horizon` (scripts/horizon.sh copies this file into the venv's
# openstack_dashboard/local/). Everything else is Horizon's default. The sandbox's address, the folders and the
# secret come from the environment the script sets.
import os

DEBUG = False
ALLOWED_HOSTS = ["127.0.0.1", "localhost"]
SECRET_KEY = os.environ["HORIZON_SECRET_KEY"]
OPENSTACK_KEYSTONE_URL = os.environ["HORIZON_KEYSTONE_URL"]
TIME_ZONE = "UTC"

# One runserver process: sessions in its memory, no memcached.
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
SESSION_ENGINE = "django.contrib.sessions.backends.cache"

# Static files are collected and compressed once per venv (collectstatic, compress) and served by runserver
# --insecure from STATIC_ROOT.
STATIC_ROOT = os.environ["HORIZON_STATIC_ROOT"]
COMPRESS_OFFLINE = True

# Every error Horizon handles is logged (the run fails on any), and every request it sends to the sandbox.
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"plain": {"format": "%(levelname)s %(name)s %(message)s"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "plain"}},
    "loggers": {
        name: {"handlers": ["console"], "level": "DEBUG" if name == "keystoneauth" else "INFO", "propagate": False}
        for name in ("horizon", "openstack_dashboard", "openstack_auth", "keystoneauth", "novaclient",
                     "glanceclient", "keystoneclient", "openstack", "django")
    },
}
