#include "CNCurses.h"
#include <string.h>

WINDOW *cn_stdscr(void) { return stdscr; }
int cn_lines(void) { return LINES; }
int cn_cols(void) { return COLS; }
int cn_colors(void) { return COLORS; }
attr_t cn_A_BOLD(void) { return A_BOLD; }
attr_t cn_A_REVERSE(void) { return A_REVERSE; }
attr_t cn_A_UNDERLINE(void) { return A_UNDERLINE; }
attr_t cn_A_DIM(void) { return A_DIM; }
int cn_KEY_F(int n) { return KEY_F(n); }
void cn_getmaxyx(WINDOW *win, int *y, int *x) { int yy, xx; getmaxyx(win, yy, xx); *y = yy; *x = xx; }
int cn_wcwidth(wchar_t c) { return wcwidth(c); }

const char *cn_ensure_utf8_locale(void) {
    setlocale(LC_ALL, "");
    const char *cs = nl_langinfo(CODESET);
    if (cs == NULL || (strcmp(cs, "UTF-8") != 0 && strcmp(cs, "utf8") != 0)) {
        setlocale(LC_CTYPE, "C.UTF-8");
        cs = nl_langinfo(CODESET);
    }
    return cs;
}

FILE *cn_open_null_output(void) { return fopen("/dev/null", "w"); }
FILE *cn_fdopen_read(int fd) { return fdopen(fd, "r"); }
FILE *cn_stdin(void) { return stdin; }
FILE *cn_stdout(void) { return stdout; }
int cn_color_pairs(void) { return COLOR_PAIRS; }
int cn_set_style(WINDOW *win, attr_t attrs, int pair) { return wattr_set(win, attrs, (short)pair, NULL); }
