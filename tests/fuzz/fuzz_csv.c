/* fuzz_csv.c — libFuzzer harness of the CSV reader of `guidec batch`: the bytes are a CSV file
 * (a header row of input names, then one case per row) evaluated by cmd_batch itself with the
 * interpreter against a small rule file of every kind of input (a label, a number with a unit,
 * an integer, a bool), CSV out. Any outcome but a crash, a leak or a hang is fine: batch writes
 * an error record for a row it cannot read, and refuses a header that names no input. */
#define _GNU_SOURCE /* mkstemps */
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#include "cli.h"

static char rules_path[] = "/tmp/fuzz_csv_rules_XXXXXX.guide";
static char in_path[] = "/tmp/fuzz_csv_in_XXXXXX.csv";

static const char rules[] =
    "guideline f \"F\"\n  version \"1\"\n  source \"s\"\n"
    "input site : enum { stomach, colon }\n"
    "input size : cm in [0, 100]\n"
    "input count : integer in [0, 1000]\n"
    "input rupture : bool\n"
    "output risk : enum { low, high }\n"
    "rule hi cites \"x\" when size > 5 and (rupture or count >= 10) then risk = high\n"
    "rule lo cites \"x\" when size <= 5 and not rupture then risk = low\n";

static void write_file(const char *path, const uint8_t *data, size_t size)
{
    FILE *f = fopen(path, "wb");
    if (!f || fwrite(data, 1, size, f) != size || fclose(f) != 0)
        abort();
}

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void)argc, (void)argv;
    int fd = mkstemps(rules_path, 6);
    if (fd < 0)
        abort();
    close(fd);
    write_file(rules_path, (const uint8_t *)rules, sizeof rules - 1);
    fd = mkstemps(in_path, 4);
    if (fd < 0)
        abort();
    close(fd);
    return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    write_file(in_path, data, size);
    char *argv[] = {"batch", "--backend", "interp", "--in", in_path, "--out", "/dev/null",
                    "--out-format", "csv", rules_path, NULL};
    optind = 0; /* glibc: start getopt afresh */
    cmd_batch((int)(sizeof argv / sizeof argv[0]) - 1, argv);
    return 0;
}
