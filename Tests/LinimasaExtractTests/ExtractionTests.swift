import LinimasaExtract
import Testing
