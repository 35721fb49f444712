// app/setup.h — what every command does first: config file, then options that
// override it, then the as-of day. Errors print bilingually and give exit 2.
#pragma once
#include <memory>
#include <optional>

#include "app/options.h"
#include "pipeline/config.h"
#include "pipeline/engine.h"
#include "util/date.h"

namespace kc::app {
std::optional<Config> config_from(const Options& o);  // prints the error
std::optional<Date> as_of_from(const Options& o);     // default today in UTC+7; prints the error
// Config + as-of + the state's engine (the "ingest" pipeline); on failure prints why, sets rc
// (2 for configuration, 1 otherwise) and returns null.
std::unique_ptr<Engine> open_state(const Options& o, int& rc);
}  // namespace kc::app
