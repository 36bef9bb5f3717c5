# clap's own words in --help, usage lines and usage errors. English uses clap's text itself;
# these keys are read in the other languages (kept here as the reference for translators).

clap-usage = Usage:
clap-options = Options
clap-arguments = Arguments
clap-commands = Commands
clap-commands-list = commands
clap-global-options = Global options
clap-command-placeholder = COMMAND
clap-options-placeholder = OPTIONS
clap-default = default
clap-env = env
clap-possible-values = possible values
clap-possible-values-title = Possible values
clap-print-help = Print help
clap-print-help-long = Print help (see a summary with '-h')
clap-print-version = Print version
clap-help-command = Print this message or the help of the given subcommand(s)
clap-help-subcommands = Print help for the subcommand(s)
clap-more-information = For more information, try '--help'.

clap-err-value-required = a value is required for '{ $arg }' but none was supplied
clap-err-invalid-value = invalid value '{ $value }' for '{ $arg }'
clap-err-unknown-argument = unexpected argument '{ $arg }' found
clap-err-unknown-command = unrecognized subcommand '{ $command }'
clap-err-missing-required = the following required arguments were not provided:
clap-err-missing-command = '{ $command }' requires a subcommand but one was not provided
clap-err-used-twice = the argument '{ $arg }' cannot be used multiple times
clap-err-conflict = the argument '{ $arg }' cannot be used with '{ $other }'
clap-err-no-equals = equal sign is needed when assigning values to '{ $arg }'
clap-err-too-many-values = unexpected value '{ $value }' for '{ $arg }' found; no more were expected
clap-err-number-of-values = wrong number of values for '{ $arg }'
clap-err-invalid-utf8 = invalid UTF-8 was detected in one or more arguments
clap-tip-similar-argument = tip: a similar argument exists: { $list }
clap-tip-similar-command = tip: a similar subcommand exists: { $list }
clap-tip-similar-value = tip: a similar value exists: { $list }

clap-man-name = Name
clap-man-synopsis = Synopsis
clap-man-description = Description
clap-man-options = Options
clap-man-commands = Subcommands
clap-man-version = Version
clap-man-extra = Extra
