/*
 * Fixed-signature wrappers for libedit's native API (histedit.h).
 *
 * el_set, el_get and history are C-variadic, and Swift cannot call variadic C functions, so each use the
 * line editor needs gets one small static inline function here. The C globals stdin/stdout are also not
 * usable from Swift 6 (shared mutable state), hence sg_el_init and sg_write_stdout.
 */
#ifndef SGTUTOR_CLIBEDIT_SHIM_H
#define SGTUTOR_CLIBEDIT_SHIM_H

#include <signal.h>
#include <stdio.h>
#include <sys/select.h>
#include <wchar.h>
#include <histedit.h>

/* X/Open, so not visible through Swift's Glibc module; declared here as in wchar.h. */
extern int wcwidth(wchar_t c);

typedef char *(*sg_prompt_fn)(EditLine *);
typedef unsigned char (*sg_command_fn)(EditLine *, int);

/* ---- EditLine ---- */

static inline EditLine *sg_el_init(const char *program) { return el_init(program, stdin, stdout, stderr); }

static inline int sg_el_set_editor(EditLine *e, const char *mode) { return el_set(e, EL_EDITOR, mode); }

static inline int sg_el_set_signal(EditLine *e, int on) { return el_set(e, EL_SIGNAL, on); }

static inline int sg_el_set_editmode(EditLine *e, int on) { return el_set(e, EL_EDITMODE, on); }

/* The function libedit calls for every character it reads (instead of its own read(2) loop). */
static inline int sg_el_set_getcfn(EditLine *e, el_rfunc_t fn) { return el_set(e, EL_GETCFN, fn); }

/* The prompt callback; characters between two `escape` characters are printed but take no columns. */
static inline int sg_el_set_prompt(EditLine *e, sg_prompt_fn fn, char escape) {
  return el_set(e, EL_PROMPT_ESC, fn, escape);
}

static inline int sg_el_set_clientdata(EditLine *e, void *data) { return el_set(e, EL_CLIENTDATA, data); }

static inline void *sg_el_get_clientdata(EditLine *e) {
  void *data = NULL;
  if (el_get(e, EL_CLIENTDATA, &data) != 0) return NULL;
  return data;
}

static inline int sg_el_set_history(EditLine *e, History *h) { return el_set(e, EL_HIST, history, h); }

static inline int sg_el_addfn(EditLine *e, const char *name, const char *help, sg_command_fn fn) {
  return el_set(e, EL_ADDFN, name, help, fn);
}

static inline int sg_el_bind(EditLine *e, const char *keys, const char *command) {
  return el_set(e, EL_BIND, keys, command, NULL);
}

static inline int sg_el_refresh(EditLine *e) { return el_set(e, EL_REFRESH); }

/* Terminal width as libedit sees it, or 0 when unknown (el_get returns 0 on success despite the man page). */
static inline int sg_el_columns(EditLine *e) {
  int columns = 0;
  if (el_get(e, EL_GETTC, "co", &columns, NULL) != 0) return 0;
  return columns;
}

/* ---- History ---- */

static inline int sg_hist_setsize(History *h, int size) {
  HistEvent ev;
  return history(h, &ev, H_SETSIZE, size);
}

static inline int sg_hist_setunique(History *h, int unique) {
  HistEvent ev;
  return history(h, &ev, H_SETUNIQUE, unique);
}

static inline int sg_hist_enter(History *h, const char *line) {
  HistEvent ev;
  return history(h, &ev, H_ENTER, line);
}

/* Returns the number of entries read, or -1. */
static inline int sg_hist_load(History *h, const char *path) {
  HistEvent ev;
  return history(h, &ev, H_LOAD, path);
}

/* Returns the number of entries written, or -1. */
static inline int sg_hist_save(History *h, const char *path) {
  HistEvent ev;
  return history(h, &ev, H_SAVE, path);
}

static inline int sg_hist_count(History *h) {
  HistEvent ev;
  if (history(h, &ev, H_GETSIZE) != 0) return 0;
  return ev.num;
}

/* ---- characters and stdio ---- */

/* Columns a character takes on the terminal in the current locale (-1: not printable). */
static inline int sg_wcwidth(unsigned int scalar) { return wcwidth((wchar_t)scalar); }


/* Waits until `fd` can be read, with the thread's signal mask set to `mask` for the wait only (atomically, so a
 * signal let through by `mask` either interrupts the wait with EINTR or arrives after it). FD_SET is a macro,
 * hence C. */
static inline int sg_wait_readable(int fd, const sigset_t *mask) {
  fd_set readable;
  FD_ZERO(&readable);
  FD_SET(fd, &readable);
  return pselect(fd + 1, &readable, NULL, NULL, NULL, mask);
}

/* Writes through the same FILE as libedit, so our text and its redraws stay in order. */
static inline void sg_write_stdout(const char *text) {
  fputs(text, stdout);
  fflush(stdout);
}

#endif
