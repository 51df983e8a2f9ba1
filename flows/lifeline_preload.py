"""Imported only by the extraction pool's forkserver (`set_forkserver_preload`): from then on the
forkserver dies with the run that started it. Nothing else imports this module."""

from flows.lifeline import die_with_parent

die_with_parent()
