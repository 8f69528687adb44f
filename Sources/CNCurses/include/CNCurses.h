/*
 * CNCurses: the only place in Rounds that includes <ncurses.h>.
 *
 * Swift cannot import ncurses' function-like macros (A_BOLD, KEY_F(n), getmaxyx, WACS_*), and in
 * Swift 6 mode its global variables (stdscr, LINES, COLS) are errors, so this header wraps them in
 * small functions. The wide-character API (get_wch, cchar_t, mvaddnwstr) is only visible when
 * NCURSES_WIDECHAR is defined here, in the header itself: package cSettings do not reach Swift.
 */
#ifndef CNCURSES_H
#define CNCURSES_H

#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif
#ifndef NCURSES_WIDECHAR
#define NCURSES_WIDECHAR 1
#endif

#include <locale.h>
#include <langinfo.h>
#include <stdio.h>
#include <wchar.h>
#include <ncurses.h>

/* glibc declares these only under __USE_XOPEN, which Swift's Glibc module does not set. */
int wcwidth(wchar_t c);

WINDOW *cn_stdscr(void);
int cn_lines(void);
int cn_cols(void);
int cn_colors(void);
attr_t cn_A_BOLD(void);
attr_t cn_A_REVERSE(void);
attr_t cn_A_UNDERLINE(void);
attr_t cn_A_DIM(void);
int cn_KEY_F(int n);
void cn_getmaxyx(WINDOW *win, int *y, int *x);
int cn_wcwidth(wchar_t c);
/* Sets LC_ALL from the environment and falls back to C.UTF-8 when the codeset is not UTF-8. */
const char *cn_ensure_utf8_locale(void);
/* Opens /dev/null for writing: the output side of a headless terminal. */
FILE *cn_open_null_output(void);
FILE *cn_fdopen_read(int fd);
/* The process's standard streams (Swift 6 rejects the global `stdin`/`stdout` variables). */
FILE *cn_stdin(void);
FILE *cn_stdout(void);
int cn_color_pairs(void);
/* Sets the attributes and colour pair used by the next writes to `win` (wattr_set is a macro). */
int cn_set_style(WINDOW *win, attr_t attrs, int pair);

#endif
