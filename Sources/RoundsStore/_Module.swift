// RoundsStore module.
