# Insights (RAG answers, trend markers, summaries) arrive with their issue; the app is registered now
# so the project layout and migrations history start complete.
