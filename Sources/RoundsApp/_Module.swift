// RoundsApp module.
